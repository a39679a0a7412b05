package io.lyceum.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.platform.ui.ConsoleLayout;
import io.lyceum.support.InvalidSupportRequestException;
import io.lyceum.support.SupportAccess;
import io.lyceum.support.SupportSessionRow;
import io.lyceum.tenancy.TenancyProperties;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Support access for staff: enter an organization read-only, for a reason and a length of time, and
 * the support sessions of the last week (any of which staff may end early).
 */
@Route(value = "console/support", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class SupportView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField organization = new TextField();
    final TextArea reason = new TextArea();
    final IntegerField minutes = new IntegerField();
    final Button enter = new Button();
    final Grid<SupportSessionRow> sessions = new Grid<>();

    private final SupportAccess access;
    private final TenancyProperties tenancy;
    private final Clock clock;
    private final Moments moments;

    SupportView(SupportAccess access, TenancyProperties tenancy, Clock clock) {
        this.access = access;
        this.tenancy = tenancy;
        this.clock = clock;
        this.moments = new Moments(getLocale(), ZoneOffset.UTC);
        addClassName("page");
        add(new PageHeader(getTranslation("support.title"), getTranslation("support.lead")));

        organization.setLabel(getTranslation("support.organization"));
        organization.setHelperText(getTranslation("support.organization.help"));
        organization.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("support.reason"));
        reason.setHelperText(getTranslation("support.reason.help"));
        reason.setMaxLength(SupportAccess.REASON_MAX_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        minutes.setLabel(getTranslation("support.minutes"));
        minutes.setMin((int) SupportAccess.MIN_LENGTH.toMinutes());
        minutes.setMax((int) SupportAccess.MAX_LENGTH.toMinutes());
        minutes.setStepButtonsVisible(true);
        minutes.setValue((int) SupportAccess.DEFAULT_LENGTH.toMinutes());
        enter.setText(getTranslation("support.enter"));
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.addClickListener(click -> start());
        var form = new FormLayout(organization, minutes, reason, enter);
        form.setColspan(reason, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));

        sessions.addColumn(row -> moments.dateTime(row.startedAt()))
                .setHeader(getTranslation("support.started"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        sessions.addColumn(SupportSessionRow::slug).setHeader(getTranslation("support.organization"));
        sessions.addColumn(SupportSessionRow::staff).setHeader(getTranslation("support.staff"));
        sessions.addColumn(SupportSessionRow::reason)
                .setHeader(getTranslation("support.reason"))
                .setFlexGrow(2)
                .setTooltipGenerator(SupportSessionRow::reason);
        sessions.addComponentColumn(row -> row.activeAt(clock.instant())
                        ? new Badge(getTranslation("support.state.active"), Badge.Tone.SUCCESS)
                        : new Badge(getTranslation("support.state.over"), Badge.Tone.CONTRAST))
                .setHeader(getTranslation("support.state"))
                .setAutoWidth(true);
        sessions.addComponentColumn(this::endButton).setWidth("8rem").setFlexGrow(0);
        sessions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        sessions.setEmptyStateText(getTranslation("support.sessions.empty"));
        sessions.setAllRowsVisible(true);

        var recent = new Section(new H2(getTranslation("support.sessions")), sessions);
        add(form, recent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("org").ifPresent(organization::setValue);
        refresh();
    }

    private void refresh() {
        sessions.setItems(access.recent(50));
    }

    private void start() {
        organization.setInvalid(false);
        reason.setInvalid(false);
        minutes.setInvalid(false);
        if (minutes.getValue() == null) {
            minutes.setErrorMessage(getTranslation("support.length.range"));
            minutes.setInvalid(true);
            return;
        }
        try {
            var started =
                    access.start(organization.getValue(), reason.getValue(), Duration.ofMinutes(minutes.getValue()));
            VaadinRequest request = VaadinRequest.getCurrent();
            String scheme = request != null && request.isSecure() ? "https" : "http";
            String url = tenancy.organizationUrl(scheme, organization.getValue().strip())
                    + started.entryPath().substring(1);
            getUI().ifPresent(ui -> ui.getPage().setLocation(url));
        } catch (InvalidSupportRequestException refused) {
            String message = getTranslation(refused.messageKey());
            switch (refused.messageKey()) {
                case "support.organization.unknown" -> {
                    organization.setErrorMessage(message);
                    organization.setInvalid(true);
                }
                case "support.length.range" -> {
                    minutes.setErrorMessage(message);
                    minutes.setInvalid(true);
                }
                default -> {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                }
            }
        }
    }

    private Button endButton(SupportSessionRow row) {
        var end = new Button(getTranslation("support.end"));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        end.setVisible(row.activeAt(clock.instant()));
        end.addClickListener(click -> {
            var confirm = new ConfirmDialog(
                    getTranslation("support.end.title"),
                    getTranslation("support.end.text", row.slug(), row.staff()),
                    getTranslation("support.end"),
                    confirmed -> {
                        access.end(row.id());
                        Toast.success(getTranslation("support.ended"));
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("support.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return end;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.title");
    }
}
