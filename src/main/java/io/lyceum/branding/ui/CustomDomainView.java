package io.lyceum.branding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.dns.DomainName;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.platform.CustomDomainException;
import io.lyceum.platform.CustomDomains;
import io.lyceum.platform.CustomDomains.RecordCheck;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The organization's custom domain for its admins: enter a host, publish the CNAME and the TXT
 * challenge shown (with copy buttons), check them by DNS record by record; once both are found the
 * organization answers on that host too. Removal confirms first.
 */
@Route(value = "admin/branding/domain", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class CustomDomainView extends Main implements HasDynamicTitle {

    final Section adding = new Section();
    final TextField host = new TextField(getTranslation("custom-domain.field"));
    final Button add = new Button(getTranslation("custom-domain.add"));
    final Section current = new Section();
    final H2 domainName = new H2();
    final Badge status = new Badge();
    final Paragraph verifiedAt = new Paragraph();
    final Button check = new Button(getTranslation("custom-domain.check"));
    final Button remove = new Button(getTranslation("custom-domain.remove"));
    final Map<RecordCheck.Kind, RecordPanel> records = new EnumMap<>(RecordCheck.Kind.class);
    private final Div recordList = new Div();

    private final CustomDomains domains;
    private final Moments moments;

    CustomDomainView(CustomDomains domains) {
        this.domains = domains;
        this.moments = new Moments(getLocale(), TenantContext.require().timeZone());
        addClassNames("page", "custom-domain");
        add(new PageHeader(getTranslation("custom-domain.title"), getTranslation("custom-domain.lead")));

        host.setHelperText(getTranslation("custom-domain.field.help"));
        host.setPlaceholder(getTranslation("custom-domain.field.placeholder"));
        host.setMaxLength(DomainName.MAX_LENGTH);
        host.setRequiredIndicatorVisible(true);
        host.addValueChangeListener(change -> host.setInvalid(false));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addDomain());
        var addRow = new HorizontalLayout(host, add);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        adding.add(new H2(getTranslation("custom-domain.add.title")), addRow);

        var heading = new Div(domainName, status);
        heading.addClassName("sender-domain-heading");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> runCheck());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> confirmRemove());
        var actions = new HorizontalLayout(check, remove);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        recordList.addClassName("dns-records");
        current.add(
                heading,
                verifiedAt,
                new Paragraph(getTranslation("custom-domain.records.lead")),
                recordList,
                new Paragraph(getTranslation("custom-domain.tls")),
                actions);
        add(adding, current);
        refresh();
    }

    private void refresh() {
        var setup = domains.current();
        adding.setVisible(setup.isEmpty());
        current.setVisible(setup.isPresent());
        recordList.removeAll();
        records.clear();
        setup.ifPresent(domain -> {
            domainName.setText(domain.host());
            showStatus(domain);
            var cname = new RecordPanel(RecordCheck.Kind.CNAME, domain.cnameName(), domain.cnameTarget());
            var txt = new RecordPanel(RecordCheck.Kind.TXT, domain.txtName(), domain.txtValue());
            records.put(RecordCheck.Kind.CNAME, cname);
            records.put(RecordCheck.Kind.TXT, txt);
            recordList.add(cname, txt);
        });
    }

    private void showStatus(CustomDomains.Setup domain) {
        status.setText(
                getTranslation(domain.verified() ? "custom-domain.status.verified" : "custom-domain.status.pending"));
        status.setTone(domain.verified() ? Badge.Tone.SUCCESS : Badge.Tone.PRIMARY);
        var at = domain.verifiedAt();
        verifiedAt.setVisible(at != null);
        verifiedAt.setText(at == null ? "" : getTranslation("custom-domain.verified-at", moments.dateTime(at)));
    }

    private void addDomain() {
        try {
            var added = domains.add(host.getValue());
            host.clear();
            refresh();
            Toast.success(getTranslation("custom-domain.added", added.host()));
        } catch (CustomDomainException refused) {
            host.setErrorMessage(refused.getMessage());
            host.setInvalid(true);
        }
    }

    void runCheck() {
        try {
            var result = domains.check();
            showStatus(result.domain());
            for (RecordCheck outcome : result.records()) {
                var panel = records.get(outcome.kind());
                if (panel != null) {
                    panel.show(outcome);
                }
            }
            if (result.domain().verified()) {
                Toast.success(
                        getTranslation("custom-domain.verified", result.domain().host()));
            } else {
                Toast.info(getTranslation("custom-domain.not-yet"));
            }
        } catch (CustomDomainException gone) {
            Toast.error(gone.getMessage());
            refresh();
        }
    }

    ConfirmDialog confirmRemove() {
        var confirm = new ConfirmDialog(
                getTranslation("custom-domain.remove.title", domainName.getText()),
                getTranslation("custom-domain.remove.text"),
                getTranslation("custom-domain.remove.confirm"),
                event -> {
                    try {
                        domains.remove();
                        Toast.success(getTranslation("custom-domain.removed"));
                    } catch (CustomDomainException gone) {
                        Toast.error(gone.getMessage());
                    }
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("custom-domain.remove.cancel"));
        confirm.open();
        return confirm;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("custom-domain.page-title");
    }

    /** One record to create: where, what, copy buttons, and what the last check found. */
    static final class RecordPanel extends Div {

        final TextField name = new TextField();
        final TextField value = new TextField();
        final Badge result = new Badge();
        final Paragraph found = new Paragraph();

        RecordPanel(RecordCheck.Kind kind, String recordName, String recordValue) {
            addClassName("dns-record");
            String type = kind.name();
            name.setLabel(getTranslation("custom-domain.record.name"));
            value.setLabel(getTranslation(
                    kind == RecordCheck.Kind.CNAME ? "custom-domain.record.target" : "custom-domain.record.value"));
            for (TextField field : List.of(name, value)) {
                field.setReadOnly(true);
                field.setWidthFull();
            }
            name.setValue(recordName);
            value.setValue(recordValue);
            name.setSuffixComponent(copy(recordName, getTranslation("custom-domain.copy.name", type)));
            value.setSuffixComponent(copy(recordValue, getTranslation("custom-domain.copy.value", type)));
            result.setVisible(false);
            found.addClassName("dns-record-found");
            found.setVisible(false);
            var title = new Div(new H3(getTranslation("custom-domain.record.title", type)), result);
            title.addClassName("dns-record-title");
            add(
                    title,
                    new Paragraph(getTranslation("custom-domain.record.help." + type.toLowerCase(Locale.ROOT))),
                    name,
                    value,
                    found);
        }

        private Button copy(String text, String label) {
            var button = new Button(VaadinIcon.COPY.create());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(label);
            button.setTooltipText(label);
            button.addClickListener(click -> {
                button.getElement().executeJs("navigator.clipboard.writeText($0)", text);
                Toast.info(getTranslation("custom-domain.copied"));
            });
            return button;
        }

        void show(RecordCheck outcome) {
            result.setVisible(true);
            result.setText(getTranslation(
                    "custom-domain.outcome." + outcome.outcome().name().toLowerCase(Locale.ROOT)));
            result.setTone(
                    switch (outcome.outcome()) {
                        case FOUND -> Badge.Tone.SUCCESS;
                        case MISSING, WRONG -> Badge.Tone.ERROR;
                        case UNREACHABLE -> Badge.Tone.NEUTRAL;
                    });
            String said = outcome.found();
            found.setVisible(said != null);
            found.setText(
                    said == null
                            ? ""
                            : getTranslation(
                                    outcome.outcome() == RecordCheck.Outcome.UNREACHABLE
                                            ? "custom-domain.outcome.unreachable.why"
                                            : "custom-domain.outcome.wrong.found",
                                    said));
        }
    }
}
