package io.lyceum.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import io.lyceum.audit.AuditEntry;
import io.lyceum.audit.AuditFilter;
import io.lyceum.audit.AuditTrail;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.billing.BillingConsole;
import io.lyceum.identity.Roles;
import io.lyceum.notification.MailConsole;
import io.lyceum.platform.OrganizationActions;
import io.lyceum.platform.OrganizationConsole;
import io.lyceum.platform.OrganizationConsole.MigrationRun;
import io.lyceum.platform.OrganizationConsole.OrganizationDetails;
import io.lyceum.platform.OrganizationOverview;
import io.lyceum.platform.OrganizationStatistics;
import io.lyceum.platform.TenantMigrations;
import io.lyceum.platform.ui.ConsoleLayout;
import io.lyceum.platform.ui.Sizes;
import io.lyceum.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;

/**
 * One organization for staff, from platform tables only (its schema is never opened here): details,
 * the figures the statistics job counted, recent platform audit events about it, failed migrations
 * and failed mail; and staff's actions, each confirmed and audited: suspend or reactivate, run a
 * failed migration again (with its progress), delete (export offered first, then the slug typed).
 */
@Route(value = "console/orgs/:slug", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class OrganizationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The organization export's page (the data export module's), offered before a deletion if it exists. */
    static final String EXPORT_PAGE = "console/orgs/%s/export";

    static final int AUDIT_PAGE_SIZE = 20;
    static final int FAILED_MIGRATIONS_SHOWN = 20;

    final Button suspend = new Button();
    final Button reactivate = new Button();
    final Button rerun = new Button();
    final Button delete = new Button();
    final Button refreshFigures = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final DescriptionList details = new DescriptionList();
    final DescriptionList figures = new DescriptionList();
    final Grid<AuditEntry> audit = new Grid<>();
    final Grid<MigrationRun> migrations = new Grid<>();
    final Grid<MailConsole.FailureRow> mails = new Grid<>();

    private final OrganizationConsole console;
    private final OrganizationActions actions;
    private final OrganizationStatistics statistics;
    private final AuditTrail trail;
    private final MailConsole mail;
    private final BillingConsole billing;
    private final TaskExecutor executor;
    private final Moments moments;
    private @Nullable OrganizationDetails organization;

    OrganizationView(
            OrganizationConsole console,
            OrganizationActions actions,
            OrganizationStatistics statistics,
            AuditTrail trail,
            MailConsole mail,
            BillingConsole billing,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.console = console;
        this.actions = actions;
        this.statistics = statistics;
        this.trail = trail;
        this.mail = mail;
        this.billing = billing;
        this.executor = executor;
        // Staff on the base domain: times in UTC, as the console's grid shows them.
        this.moments = new Moments(getLocale(), ZoneOffset.UTC);
        addClassName("page");
        suspend.setText(getTranslation("console.org.suspend"));
        reactivate.setText(getTranslation("console.org.reactivate"));
        rerun.setText(getTranslation("console.org.rerun"));
        delete.setText(getTranslation("console.org.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refreshFigures.setText(getTranslation("console.refresh-figures"));
        suspend.addClickListener(click -> confirmSuspend());
        reactivate.addClickListener(click -> confirmReactivate());
        rerun.addClickListener(click -> confirmRerun());
        delete.addClickListener(click -> offerExport());
        refreshFigures.addClickListener(click -> {
            statistics.refreshNow(current().overview().id());
            show(current().overview().slug());
            Toast.success(getTranslation("console.figures-refreshed"));
        });
        progress.setVisible(false);
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("console.org.rerun.progress"));
        progressText.getElement().setAttribute("aria-live", "polite");

        audit.addColumn(entry -> moments.dateTime(entry.occurredAt()))
                .setHeader(getTranslation("console.org.audit.when"));
        audit.addColumn(AuditEntry::actor).setHeader(getTranslation("console.org.audit.who"));
        audit.addColumn(entry -> actionLabel(entry.action())).setHeader(getTranslation("console.org.audit.action"));
        audit.addColumn(entry -> entry.detail() == null ? "" : entry.detail())
                .setHeader(getTranslation("console.org.audit.detail"));
        audit.setEmptyStateText(getTranslation("console.org.audit.empty"));
        audit.setPageSize(AUDIT_PAGE_SIZE);
        audit.setAllRowsVisible(false);

        migrations
                .addColumn(run -> moments.dateTime(run.startedAt()))
                .setHeader(getTranslation("console.org.migrations.when"));
        migrations
                .addColumn(run -> getTranslation(
                        "console.org.migrations.trigger." + run.trigger().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("console.org.migrations.trigger"));
        migrations
                .addColumn(run -> run.error() == null ? "" : run.error())
                .setHeader(getTranslation("console.org.migrations.error"))
                .setFlexGrow(3);
        migrations.setEmptyStateText(getTranslation("console.org.migrations.empty"));
        migrations.setAllRowsVisible(true);

        mails.addColumn(row -> moments.dateTime(row.failedAt())).setHeader(getTranslation("console.org.mail.when"));
        mails.addColumn(row -> getTranslation("mail.kind." + row.kind()))
                .setHeader(getTranslation("console.org.mail.kind"));
        mails.addColumn(MailConsole.FailureRow::subject).setHeader(getTranslation("console.org.mail.subject"));
        mails.addColumn(row -> row.lastError() == null ? "" : row.lastError())
                .setHeader(getTranslation("console.org.mail.error"));
        mails.setEmptyStateText(getTranslation("console.org.mail.empty"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        if (console.details(slug).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(slug);
    }

    /** (Re)builds the page from the platform tables. */
    void show(String slug) {
        OrganizationDetails found = console.details(slug).orElseThrow(NotFoundException::new);
        this.organization = found;
        OrganizationOverview o = found.overview();
        removeAll();

        details.removeAll();
        fact(details, "console.plan", o.planName());
        details.add(
                new DescriptionList.Term(getTranslation("console.status")),
                new DescriptionList.Description(status(o.status())));
        fact(details, "console.created", moments.dateTime(o.createdAt()));
        fact(details, "console.org.time-zone", found.timeZone());
        fact(
                details,
                "console.org.domains",
                found.customDomains().isEmpty()
                        ? getTranslation("console.org.domains.none")
                        : String.join(", ", found.customDomains()));
        fact(
                details,
                "console.org.billing",
                billing.account(o.id())
                        .map(account -> account.status() == null
                                ? getTranslation("console.billing.status.none")
                                : getTranslation("console.billing.status."
                                        + account.status()
                                                .name()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '-')))
                        .orElse(getTranslation("console.org.billing.none")));
        fact(details, "console.migration-version", o.migrationVersion() == null ? "—" : o.migrationVersion());
        fact(
                details,
                "console.migration",
                o.migrationState() == null
                        ? "—"
                        : getTranslation(
                                "console.migration." + o.migrationState().toLowerCase(Locale.ROOT)));
        if (o.migrationError() != null) {
            fact(details, "console.org.migration-error", o.migrationError());
        }

        figures.removeAll();
        fact(figures, "console.users", String.valueOf(o.users()));
        fact(figures, "console.courses", String.valueOf(o.courses()));
        fact(figures, "console.storage", Sizes.format(this, o.storageBytes()));
        fact(figures, "console.schema-size", Sizes.format(this, o.schemaBytes()));
        fact(figures, "console.last-activity", o.lastActivity() == null ? "—" : moments.dateTime(o.lastActivity()));
        fact(
                figures,
                "console.org.events",
                getTranslation("console.org.events.value", o.eventsIncomplete(), o.eventsFailed()));
        fact(
                figures,
                "console.org.figures-as-of",
                o.refreshedAt() == null
                        ? getTranslation("console.org.figures-never")
                        : moments.dateTime(o.refreshedAt()));
        if (found.refreshError() != null) {
            fact(figures, "console.org.figures-error", found.refreshError());
        }

        boolean suspended = o.status() == TenantStatus.SUSPENDED;
        suspend.setVisible(o.status() == TenantStatus.ACTIVE || o.status() == TenantStatus.MIGRATION_FAILED);
        reactivate.setVisible(suspended);
        rerun.setVisible("FAILED".equals(o.migrationState()) || o.status() == TenantStatus.MIGRATION_FAILED);
        delete.setVisible(o.status() != TenantStatus.PROVISIONING);
        var buttons = new HorizontalLayout(suspend, reactivate, rerun, refreshFigures, delete);
        buttons.setWrap(true);

        var filter = new AuditFilter(null, null, null, null, o.id());
        audit.setItems(
                query -> trail.searchPlatform(filter, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> trail.countPlatform(filter));
        migrations.setItems(console.failedMigrations(o.id(), FAILED_MIGRATIONS_SHOWN));
        mails.setItems(
                query -> mail.failures(o.id(), query.getOffset(), query.getLimit()).stream(),
                query -> mail.countFailures(o.id()));

        add(
                new PageHeader(o.name(), getTranslation("console.org.lead", o.slug(), o.planName())),
                buttons,
                new Div(progress, progressText),
                section("console.org.details", details),
                section("console.org.figures", figures),
                section("console.org.audit", audit),
                section(
                        "console.org.migrations",
                        new Paragraph(getTranslation("console.org.migrations.count", found.failedMigrations())),
                        migrations),
                section("console.org.mail", mails));
    }

    private OrganizationDetails current() {
        if (organization == null) {
            throw new IllegalStateException("No organization shown");
        }
        return organization;
    }

    private void confirmSuspend() {
        OrganizationOverview o = current().overview();
        var confirm = new ConfirmDialog(
                getTranslation("console.org.suspend.title", o.name()),
                getTranslation("console.org.suspend.text", o.slug()),
                getTranslation("console.org.suspend"),
                event -> {
                    act(() -> actions.suspend(o.slug()));
                    Toast.success(getTranslation("console.org.suspended", o.name()));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("console.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void confirmReactivate() {
        OrganizationOverview o = current().overview();
        var confirm = new ConfirmDialog(
                getTranslation("console.org.reactivate.title", o.name()),
                getTranslation("console.org.reactivate.text"),
                getTranslation("console.org.reactivate"),
                event -> {
                    act(() -> actions.reactivate(o.slug()));
                    Toast.success(getTranslation("console.org.reactivated", o.name()));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("console.cancel"));
        confirm.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (OrganizationActions.NotApplicableException refused) {
            Toast.error(getTranslation("console.org.not-applicable"));
        }
        show(current().overview().slug());
    }

    private void confirmRerun() {
        OrganizationOverview o = current().overview();
        var confirm = new ConfirmDialog(
                getTranslation("console.org.rerun.title", o.name()),
                getTranslation("console.org.rerun.text"),
                getTranslation("console.org.rerun"),
                event -> startRerun(o.slug()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("console.cancel"));
        confirm.open();
    }

    /**
     * Runs the migration on the application's task executor (it carries the staff member's security
     * context); the page polls while it runs and shows each changeset applied, then the result.
     */
    void startRerun(String slug) {
        UI ui = UI.getCurrent();
        rerun.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("console.org.rerun.running"));
        ui.setPollInterval(500);
        executor.execute(() -> {
            TenantMigrations.Run run;
            try {
                run = actions.rerunMigration(
                        slug,
                        (changeSet, soFar) -> ui.access(() ->
                                progressText.setText(getTranslation("console.org.rerun.applied", soFar, changeSet))));
            } catch (RuntimeException e) {
                run = new TenantMigrations.Run(false, null, 0, e.getMessage());
            }
            TenantMigrations.Run result = run;
            ui.access(() -> finishRerun(ui, slug, result));
        });
    }

    private void finishRerun(UI ui, String slug, TenantMigrations.Run run) {
        ui.setPollInterval(-1);
        progress.setIndeterminate(false);
        progress.setValue(1);
        rerun.setEnabled(true);
        show(slug);
        progress.setVisible(true);
        if (run.succeeded()) {
            progressText.setText(getTranslation("console.org.rerun.succeeded", run.version(), run.changeSets()));
            Toast.success(getTranslation("console.org.rerun.succeeded", run.version(), run.changeSets()));
        } else {
            progressText.setText(getTranslation("console.org.rerun.failed", run.error()));
            Toast.error(getTranslation("console.org.rerun.failed", run.error()));
        }
    }

    /** The first step of a deletion: the organization's export, if this installation has the page. */
    void offerExport() {
        OrganizationOverview o = current().overview();
        var dialog = new Dialog();
        DialogWidth.NARROW.apply(dialog);
        dialog.setHeaderTitle(getTranslation("console.org.delete.title", o.name()));
        dialog.add(new Paragraph(getTranslation("console.org.delete.export-first")));
        String exportPage = EXPORT_PAGE.formatted(o.slug());
        if (RouteConfiguration.forApplicationScope().getRoute(exportPage).isPresent()) {
            var export = new Button(getTranslation("console.org.delete.export"), click -> {
                dialog.close();
                UI.getCurrent().navigate(exportPage);
            });
            dialog.getFooter().add(export);
        }
        var next = new Button(getTranslation("console.org.delete.continue"), click -> {
            dialog.close();
            confirmDelete();
        });
        next.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("console.cancel"), click -> dialog.close()), next);
        dialog.open();
    }

    /** The second step: the slug typed, then the schema is dropped and the platform rows removed. */
    void confirmDelete() {
        OrganizationOverview o = current().overview();
        var dialog = new Dialog();
        DialogWidth.NARROW.apply(dialog);
        dialog.setHeaderTitle(getTranslation("console.org.delete.title", o.name()));
        var typed = new TextField(getTranslation("console.org.delete.type", o.slug()));
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        var confirm = new Button(getTranslation("console.org.delete.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        typed.addValueChangeListener(
                change -> confirm.setEnabled(o.slug().equals(change.getValue().strip())));
        confirm.addClickListener(click -> {
            try {
                actions.delete(o.slug(), typed.getValue());
            } catch (OrganizationActions.NotApplicableException refused) {
                typed.setErrorMessage(getTranslation("console.org.delete.mismatch"));
                typed.setInvalid(true);
                return;
            }
            dialog.close();
            Toast.success(getTranslation("console.org.deleted", o.name()));
            UI.getCurrent().navigate("console");
        });
        dialog.add(new Paragraph(getTranslation("console.org.delete.text", o.slug())), typed);
        dialog.getFooter().add(new Button(getTranslation("console.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        typed.focus();
    }

    private Section section(String titleKey, Component... content) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("console-section");
        return section;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Badge status(TenantStatus status) {
        return new Badge(
                getTranslation("console.status."
                        + status.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                switch (status) {
                    case ACTIVE -> Badge.Tone.SUCCESS;
                    case SUSPENDED, MIGRATION_FAILED -> Badge.Tone.ERROR;
                    case PROVISIONING -> Badge.Tone.NEUTRAL;
                });
    }

    private String actionLabel(String action) {
        String label = getTranslation("audit.action." + action);
        return label.startsWith("!") ? action : label;
    }

    @Override
    public String getPageTitle() {
        return organization == null
                ? getTranslation("console.page-title")
                : getTranslation(
                        "console.org.page-title", organization.overview().name());
    }
}
