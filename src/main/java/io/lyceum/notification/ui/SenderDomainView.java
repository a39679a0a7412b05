package io.lyceum.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.notification.DnsRecordCheck;
import io.lyceum.notification.InvalidSenderDomainException;
import io.lyceum.notification.SenderDomainCheck;
import io.lyceum.notification.SenderDomainDetails;
import io.lyceum.notification.SenderDomainOverview;
import io.lyceum.notification.SenderDomainRecord;
import io.lyceum.notification.SenderDomainStatus;
import io.lyceum.notification.SenderDomains;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The organization's own sender domain for its admins: add one (on a plan that includes it, on an
 * installation that can keep its key), the DNS records to create with copy buttons, a DNS check
 * that says record by record what was found, the domain's status, and removal.
 */
@Route(value = "admin/email/domain", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class SenderDomainView extends Main implements HasDynamicTitle {

    final Paragraph notConfigured = new Paragraph();
    final Paragraph planReason = new Paragraph();
    final Section adding = new Section();
    final TextField domain = new TextField(getTranslation("sender-domain.field"));
    final Button add = new Button(getTranslation("sender-domain.add"));
    final Section current = new Section();
    final H2 domainName = new H2();
    final Badge status = new Badge();
    final Paragraph checkedAt = new Paragraph();
    final Button check = new Button(getTranslation("sender-domain.check"));
    final Div checking = new Div();
    final Button remove = new Button(getTranslation("sender-domain.remove"));
    final Map<SenderDomainRecord.Kind, RecordPanel> records = new EnumMap<>(SenderDomainRecord.Kind.class);
    private final Div recordList = new Div();

    private final SenderDomains domains;
    private final Moments moments;
    private boolean checkRunning;

    SenderDomainView(SenderDomains domains) {
        this.domains = domains;
        this.moments = new Moments(getLocale(), TenantContext.require().timeZone());
        addClassNames("page", "sender-domain");
        add(new PageHeader(getTranslation("sender-domain.title"), getTranslation("sender-domain.lead")));

        for (Paragraph notice : new Paragraph[] {notConfigured, planReason}) {
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "note");
            notice.setVisible(false);
        }
        notConfigured.setText(getTranslation("sender-domain.not-configured"));
        planReason.addClassName("warning");

        domain.setHelperText(getTranslation("sender-domain.field.help"));
        domain.setPlaceholder(getTranslation("sender-domain.field.placeholder"));
        domain.setMaxLength(253);
        domain.setRequiredIndicatorVisible(true);
        domain.addValueChangeListener(change -> domain.setInvalid(false));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addDomain());
        var addRow = new HorizontalLayout(domain, add);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        adding.add(new H2(getTranslation("sender-domain.add.title")), addRow);

        var heading = new Div(domainName, status);
        heading.addClassName("sender-domain-heading");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> startCheck());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> confirmRemove());
        var progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-hidden", "true");
        checking.add(new Span(getTranslation("sender-domain.checking")), progress);
        checking.addClassName("sender-domain-checking");
        checking.getElement().setAttribute("role", "status");
        checking.setVisible(false);
        var actions = new HorizontalLayout(check, remove);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        recordList.addClassName("dns-records");
        current.add(
                heading,
                checkedAt,
                new Paragraph(getTranslation("sender-domain.records.lead")),
                recordList,
                checking,
                actions);

        add(notConfigured, planReason, adding, current);
        refresh();
    }

    private void refresh() {
        SenderDomainOverview overview = domains.overview();
        SenderDomainDetails details = overview.domain();
        notConfigured.setVisible(!overview.configured());
        planReason.setText(overview.plan().denial().orElse(""));
        planReason.setVisible(overview.plan().denial().isPresent());
        adding.setVisible(details == null);
        add.setEnabled(overview.canAdd());
        domain.setEnabled(overview.canAdd());
        current.setVisible(details != null);
        recordList.removeAll();
        records.clear();
        if (details != null) {
            domainName.setText(details.domain());
            showStatus(details.status(), details.checkedAt());
            for (SenderDomainRecord record : details.records()) {
                var panel = new RecordPanel(record);
                records.put(record.kind(), panel);
                recordList.add(panel);
            }
        }
    }

    private void showStatus(SenderDomainStatus shown, @Nullable Instant checked) {
        status.setText(getTranslation("sender-domain.status." + shown.name().toLowerCase(Locale.ROOT)));
        status.setTone(shown == SenderDomainStatus.VERIFIED ? Badge.Tone.SUCCESS : Badge.Tone.PRIMARY);
        checkedAt.setText(
                checked == null
                        ? getTranslation("sender-domain.never-checked")
                        : getTranslation("sender-domain.checked-at", moments.dateTime(checked)));
    }

    private void addDomain() {
        try {
            SenderDomainDetails added = domains.add(domain.getValue());
            domain.clear();
            refresh();
            Toast.success(getTranslation("sender-domain.added", added.domain()));
        } catch (InvalidSenderDomainException refused) {
            domain.setErrorMessage(refused.getMessage());
            domain.setInvalid(true);
        } catch (PlanLimitException refused) {
            planReason.setText(refused.getMessage());
            planReason.setVisible(true);
            add.setEnabled(false);
        }
    }

    /**
     * Shows that the check runs, then runs it in the browser's next round trip: so the disabled
     * buttons and the progress are on screen while DNS is asked, with no push and no thread.
     */
    void startCheck() {
        if (checkRunning) {
            return;
        }
        checkRunning = true;
        check.setEnabled(false);
        remove.setEnabled(false);
        checking.setVisible(true);
        getElement().executeJs("return 0").then(Integer.class, shown -> runCheck(), failed -> runCheck());
    }

    private void runCheck() {
        if (!checkRunning) {
            return;
        }
        try {
            SenderDomainCheck result = domains.check();
            showStatus(result.status(), result.checkedAt());
            for (DnsRecordCheck outcome : result.records()) {
                var panel = records.get(outcome.record().kind());
                if (panel != null) {
                    panel.show(outcome);
                }
            }
            if (result.status() == SenderDomainStatus.VERIFIED) {
                Toast.success(getTranslation("sender-domain.verified", domainName.getText()));
            } else {
                Toast.info(getTranslation("sender-domain.not-yet"));
            }
        } catch (InvalidSenderDomainException gone) {
            Toast.error(gone.getMessage());
            refresh();
        } finally {
            checkRunning = false;
            checking.setVisible(false);
            check.setEnabled(true);
            remove.setEnabled(true);
        }
    }

    ConfirmDialog confirmRemove() {
        var confirm = new ConfirmDialog(
                getTranslation("sender-domain.remove.title", domainName.getText()),
                getTranslation("sender-domain.remove.text"),
                getTranslation("sender-domain.remove.confirm"),
                event -> {
                    domains.remove();
                    refresh();
                    Toast.success(getTranslation("sender-domain.removed"));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("sender-domain.remove.cancel"));
        confirm.open();
        return confirm;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sender-domain.page-title");
    }

    /** One record to create: where, what, copy buttons, and what the last check found. */
    static final class RecordPanel extends Div {

        final TextField name = new TextField();
        final TextFieldBase<?, String> value;
        final Button copyName = new Button(VaadinIcon.COPY.create());
        final Button copyValue = new Button(VaadinIcon.COPY.create());
        final Badge result = new Badge();
        final Paragraph found = new Paragraph();

        RecordPanel(SenderDomainRecord record) {
            addClassName("dns-record");
            String kind = getTranslation("sender-domain.record." + key(record.kind()));
            // A DKIM key is ~400 characters: a text area shows it whole.
            value = record.kind() == SenderDomainRecord.Kind.DKIM ? new TextArea() : new TextField();
            name.setLabel(getTranslation("sender-domain.record.name"));
            value.setLabel(getTranslation(
                    record.type().equals("CNAME") ? "sender-domain.record.target" : "sender-domain.record.value"));
            for (TextFieldBase<?, String> field : java.util.List.of(name, value)) {
                field.setReadOnly(true);
                field.setWidthFull();
            }
            name.setValue(record.name());
            value.setValue(record.value());
            copy(copyName, record.name(), getTranslation("sender-domain.copy.name", kind));
            copy(copyValue, record.value(), getTranslation("sender-domain.copy.value", kind));
            name.setSuffixComponent(copyName);
            value.setSuffixComponent(copyValue);
            result.setVisible(false);
            found.addClassName("dns-record-found");
            found.setVisible(false);
            var title = new Div(new H3(getTranslation("sender-domain.record.title", kind, record.type())), result);
            title.addClassName("dns-record-title");
            add(
                    title,
                    new Paragraph(getTranslation("sender-domain.record.help." + key(record.kind()))),
                    name,
                    value,
                    found);
        }

        private void copy(Button button, String text, String label) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(label);
            button.setTooltipText(label);
            button.addClickListener(click -> {
                button.getElement().executeJs("navigator.clipboard.writeText($0)", text);
                Toast.info(getTranslation("sender-domain.copied"));
            });
        }

        void show(DnsRecordCheck outcome) {
            result.setVisible(true);
            result.setText(getTranslation(
                    "sender-domain.outcome." + outcome.outcome().name().toLowerCase(Locale.ROOT)));
            result.setTone(
                    switch (outcome.outcome()) {
                        case MATCHES -> Badge.Tone.SUCCESS;
                        case MISSING, WRONG -> Badge.Tone.ERROR;
                        case UNREACHABLE -> Badge.Tone.NEUTRAL;
                    });
            String said = outcome.found();
            found.setVisible(said != null);
            found.setText(
                    said == null
                            ? ""
                            : getTranslation(
                                    outcome.outcome() == DnsRecordCheck.Outcome.UNREACHABLE
                                            ? "sender-domain.outcome.unreachable.why"
                                            : "sender-domain.outcome.wrong.found",
                                    said));
        }

        private static String key(SenderDomainRecord.Kind kind) {
            return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
