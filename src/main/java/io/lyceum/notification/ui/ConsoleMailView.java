package io.lyceum.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.notification.MailConsole;
import io.lyceum.notification.MailConsole.FailureRow;
import io.lyceum.notification.MailConsole.UsageRow;
import io.lyceum.platform.ui.ConsoleLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Mail across organizations for staff: each organization's monthly counts, and the messages that
 * failed after their last attempt (no bodies), each of which staff may queue again.
 */
@Route(value = "console/mail", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class ConsoleMailView extends Main implements HasDynamicTitle {

    final Grid<UsageRow> usage = new Grid<>();
    final Grid<FailureRow> failures = new Grid<>();

    private final MailConsole console;
    private final Moments moments;

    ConsoleMailView(MailConsole console) {
        this.console = console;
        this.moments = new Moments(getLocale(), ZoneOffset.UTC);
        addClassName("page");
        add(new PageHeader(getTranslation("mailcore.console.title"), getTranslation("mailcore.console.lead")));

        var month = DateTimeFormatter.ofPattern("LLLL yyyy", getLocale());
        usage.addColumn(row -> YearMonth.from(row.month()).format(month))
                .setHeader(getTranslation("mailcore.console.month"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        usage.addColumn(UsageRow::organization)
                .setHeader(getTranslation("mailcore.console.organization"))
                .setFlexGrow(2);
        usage.addColumn(UsageRow::queued).setHeader(getTranslation("mailcore.console.queued"));
        usage.addColumn(UsageRow::sent).setHeader(getTranslation("mailcore.console.sent"));
        usage.addColumn(UsageRow::failed).setHeader(getTranslation("mailcore.console.failed"));
        usage.addColumn(UsageRow::held).setHeader(getTranslation("mailcore.console.held"));
        usage.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        usage.setEmptyStateText(getTranslation("mailcore.console.usage.empty"));
        usage.setItems(
                query -> console.usage(query.getOffset(), query.getLimit()).stream(), query -> console.countUsage());
        usage.setHeight("20rem");

        failures.addColumn(row -> moments.dateTime(row.failedAt()))
                .setHeader(getTranslation("mailcore.console.failed-at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        failures.addColumn(FailureRow::organization).setHeader(getTranslation("mailcore.console.organization"));
        failures.addColumn(row -> kindName(row.kind())).setHeader(getTranslation("mailcore.console.kind"));
        failures.addColumn(FailureRow::subject)
                .setHeader(getTranslation("mailcore.console.subject"))
                .setFlexGrow(2);
        failures.addColumn(row -> row.lastError() == null ? "" : row.lastError())
                .setHeader(getTranslation("mailcore.console.error"))
                .setFlexGrow(2)
                .setTooltipGenerator(row -> row.lastError() == null ? "" : row.lastError());
        failures.addComponentColumn(this::retryButton)
                .setHeader("")
                .setWidth("8rem")
                .setFlexGrow(0);
        failures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        failures.setEmptyStateText(getTranslation("mailcore.console.failures.empty"));
        failures.setItems(
                query -> console.failures(query.getOffset(), query.getLimit()).stream(),
                query -> console.countFailures());

        add(
                new Section(new H2(getTranslation("mailcore.console.usage")), usage),
                new Section(new H2(getTranslation("mailcore.console.failures")), failures));
    }

    private String kindName(String kind) {
        return getTranslation("mailcore.kind." + kind.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private Button retryButton(FailureRow row) {
        var retry = new Button(getTranslation("mailcore.console.retry"), click -> confirmRetry(row));
        retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        retry.setAriaLabel(getTranslation("mailcore.console.retry.aria", row.subject(), row.organization()));
        return retry;
    }

    void confirmRetry(FailureRow row) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("mailcore.console.retry.title"));
        confirm.setText(getTranslation("mailcore.console.retry.text", row.subject(), row.organization()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("console.cancel"));
        confirm.setConfirmText(getTranslation("mailcore.console.retry"));
        confirm.addConfirmListener(event -> retry(row));
        confirm.open();
    }

    void retry(FailureRow row) {
        if (console.retry(row.slug(), row.messageId())) {
            Toast.success(getTranslation("mailcore.console.retry.done", row.subject()));
        } else {
            Toast.error(getTranslation("mailcore.console.retry.gone", row.subject()));
        }
        failures.getDataProvider().refreshAll();
        usage.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailcore.console.title");
    }
}
