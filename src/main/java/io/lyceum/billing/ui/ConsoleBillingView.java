package io.lyceum.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.billing.BillingConsole;
import io.lyceum.billing.BillingConsole.AccountRow;
import io.lyceum.billing.BillingConsole.EventRow;
import io.lyceum.billing.BillingService;
import io.lyceum.billing.SubscriptionStatus;
import io.lyceum.identity.Roles;
import io.lyceum.platform.BillingInterval;
import io.lyceum.platform.ui.ConsoleLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Billing across the platform for staff: each organization's plan, subscription status and what it
 * brings in per month, the total, and the webhook events Stripe delivered — of one organization when
 * a row is selected — each of which staff can re-run.
 */
@Route(value = "console/billing", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class ConsoleBillingView extends Main implements HasDynamicTitle {

    static final int EVENTS_SHOWN = 25;

    final Paragraph summary = new Paragraph();
    final Grid<AccountRow> accounts = new Grid<>();
    final H2 eventsTitle = new H2();
    final Grid<EventRow> events = new Grid<>();

    private final BillingConsole console;
    // Staff on the base domain, where no organization sets the time zone: UTC.
    private final Moments moments;

    ConsoleBillingView(BillingConsole console, BillingService billing) {
        this.console = console;
        this.moments = new Moments(getLocale(), ZoneOffset.UTC);
        addClassName("page");
        add(new PageHeader(getTranslation("console.billing.title"), getTranslation("console.billing.lead")));
        if (!billing.enabled()) {
            var off = new Paragraph(getTranslation("console.billing.off"));
            off.addClassName("notice");
            add(off);
        }
        add(summary);

        accounts.addColumn(AccountRow::organization)
                .setHeader(getTranslation("console.name"))
                .setFlexGrow(2);
        accounts.addColumn(AccountRow::plan).setHeader(getTranslation("console.plan"));
        accounts.addComponentColumn(row -> status(row.status())).setHeader(getTranslation("console.billing.status"));
        accounts.addColumn(row -> row.interval() == null
                        ? "—"
                        : getTranslation(
                                row.interval() == BillingInterval.YEAR
                                        ? "billing.interval.choice.year"
                                        : "billing.interval.choice.month"))
                .setHeader(getTranslation("console.billing.interval"));
        accounts.addColumn(row -> getTranslation("console.billing.money", row.monthlyRevenueCents() / 100.0))
                .setHeader(getTranslation("console.billing.mrr"));
        accounts.addColumn(row -> row.currentPeriodEnd() == null ? "—" : moments.date(row.currentPeriodEnd()))
                .setHeader(getTranslation("console.billing.period-end"));
        accounts.addColumn(row -> row.pastDueSince() == null ? "—" : moments.dateTime(row.pastDueSince()))
                .setHeader(getTranslation("console.billing.past-due-since"));
        accounts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        accounts.setEmptyStateText(getTranslation("console.billing.empty"));
        accounts.setAllRowsVisible(true);
        accounts.asSingleSelect().addValueChangeListener(change -> showEvents(change.getValue()));
        add(accounts);

        events.addColumn(row -> moments.dateTime(row.receivedAt()))
                .setHeader(getTranslation("console.billing.event.received"));
        events.addColumn(EventRow::type)
                .setHeader(getTranslation("console.billing.event.type"))
                .setFlexGrow(2);
        events.addColumn(row -> getTranslation("console.billing.outcome."
                        + row.outcome().toLowerCase(Locale.ROOT).replace('_', '-')))
                .setHeader(getTranslation("console.billing.event.outcome"))
                .setTooltipGenerator(row -> row.detail() == null ? "" : row.detail());
        events.addComponentColumn(this::rerunButton)
                .setHeader("")
                .setWidth("8rem")
                .setFlexGrow(0);
        events.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        events.setEmptyStateText(getTranslation("console.billing.events.empty"));
        events.setAllRowsVisible(true);
        add(new Section(eventsTitle, events));
        refresh();
    }

    private void refresh() {
        var rows = console.accounts();
        long paying = rows.stream().filter(row -> row.monthlyRevenueCents() > 0).count();
        summary.setText(getTranslation(
                "console.billing.summary",
                rows.stream().mapToLong(AccountRow::monthlyRevenueCents).sum() / 100.0,
                paying,
                rows.size()));
        accounts.setItems(rows);
        showEvents(null);
    }

    private void showEvents(@Nullable AccountRow row) {
        eventsTitle.setText(
                row == null
                        ? getTranslation("console.billing.events.all")
                        : getTranslation("console.billing.events.of", row.organization()));
        events.setItems(console.events(row == null ? null : row.organizationId(), EVENTS_SHOWN));
    }

    private Badge status(@Nullable SubscriptionStatus status) {
        if (status == null) {
            return new Badge(getTranslation("console.billing.status.none"), Badge.Tone.CONTRAST);
        }
        Badge.Tone tone = switch (status) {
            case ACTIVE, TRIALING -> Badge.Tone.SUCCESS;
            case PAST_DUE, UNPAID -> Badge.Tone.ERROR;
            default -> Badge.Tone.CONTRAST;
        };
        return new Badge(getTranslation("console.billing.status." + status.key()), tone);
    }

    private Button rerunButton(EventRow row) {
        var rerun = new Button(getTranslation("console.billing.rerun"), click -> confirmRerun(row));
        rerun.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        rerun.setAriaLabel(getTranslation("console.billing.rerun.aria", row.id()));
        return rerun;
    }

    void confirmRerun(EventRow row) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("console.billing.rerun.title"));
        confirm.setText(getTranslation("console.billing.rerun.text", row.type(), row.id()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("console.cancel"));
        confirm.setConfirmText(getTranslation("console.billing.rerun"));
        confirm.addConfirmListener(event -> rerun(row));
        confirm.open();
    }

    void rerun(EventRow row) {
        if (console.rerun(row.id())) {
            Toast.info(getTranslation("console.billing.rerun.done", row.id()));
        } else {
            Toast.error(getTranslation("console.billing.rerun.failed", row.id()));
        }
        var selected = accounts.asSingleSelect().getValue();
        refresh();
        if (selected != null) {
            showEvents(selected);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.billing.title");
    }
}
