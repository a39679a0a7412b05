package io.lyceum.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.console.HealthFigures;
import io.lyceum.console.PlatformHealth;
import io.lyceum.identity.Roles;
import io.lyceum.platform.OrganizationConsole;
import io.lyceum.platform.OrganizationConsole.SchemaSize;
import io.lyceum.platform.OrganizationConsole.VersionCount;
import io.lyceum.platform.OrganizationFilter;
import io.lyceum.platform.OrganizationOverview;
import io.lyceum.platform.ui.ConsoleLayout;
import io.lyceum.platform.ui.Sizes;
import io.lyceum.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.data.domain.Sort;

/**
 * The platform's health for staff: organizations by status and by migration version, failed
 * migrations, event publications not completed, mail and webhooks that failed, sessions on this node,
 * the size of each schema. From platform tables and the catalog; the organizations' event counts are
 * the statistics job's. The same figures are metrics at {@code /actuator/prometheus}.
 */
@Route(value = "console/health", layout = ConsoleLayout.class)
@RolesAllowed(Roles.STAFF)
class HealthView extends Main implements HasDynamicTitle {

    static final int LISTED = 20;

    final DescriptionList summary = new DescriptionList();
    final Grid<VersionCount> versions = new Grid<>();
    final Grid<OrganizationOverview> failedMigrations = new Grid<>();
    final Grid<OrganizationOverview> failingEvents = new Grid<>();
    final Grid<SchemaSize> schemas = new Grid<>();

    HealthView(PlatformHealth health, OrganizationConsole console) {
        addClassName("page");
        var moments = new Moments(getLocale(), ZoneOffset.UTC);
        HealthFigures figures = health.now();
        for (TenantStatus status : TenantStatus.values()) {
            fact(
                    getTranslation("console.health.orgs", getTranslation("console.status." + key(status.name()))),
                    String.valueOf(figures.organizations().getOrDefault(status, 0L)));
        }
        fact(getTranslation("console.health.migration-failed"), String.valueOf(figures.migrationFailed()));
        fact(
                getTranslation("console.health.events-platform"),
                getTranslation(
                        "console.org.events.value",
                        figures.platformEventsIncomplete(),
                        figures.platformEventsFailed()));
        fact(
                getTranslation("console.health.events-organizations"),
                getTranslation(
                        "console.org.events.value",
                        figures.organizationEventsIncomplete(),
                        figures.organizationEventsFailed()));
        fact(getTranslation("console.health.mail-failed"), String.valueOf(figures.mailFailed()));
        fact(getTranslation("console.health.mail-held"), String.valueOf(figures.mailHeldThisMonth()));
        fact(getTranslation("console.health.webhooks-failed"), String.valueOf(figures.webhooksFailed()));
        fact(getTranslation("console.health.webhooks-stuck"), String.valueOf(figures.webhooksStuck()));
        fact(getTranslation("console.health.sessions", node()), String.valueOf(figures.sessionsOnThisNode()));
        fact(getTranslation("console.health.platform-schema"), Sizes.format(this, figures.platformSchemaBytes()));
        fact(getTranslation("console.health.database"), Sizes.format(this, figures.databaseBytes()));
        fact(getTranslation("console.health.as-of"), moments.dateTime(figures.at()));

        versions.addColumn(
                        row -> row.version() == null ? getTranslation("console.health.version-unknown") : row.version())
                .setHeader(getTranslation("console.migration-version"))
                .setFlexGrow(3);
        versions.addColumn(row -> row.changeSets() == null ? "—" : String.valueOf(row.changeSets()))
                .setHeader(getTranslation("console.health.changesets"));
        versions.addColumn(VersionCount::organizations).setHeader(getTranslation("console.health.organizations"));
        versions.setItems(console.migrationVersions());
        versions.setAllRowsVisible(true);
        versions.setEmptyStateText(getTranslation("console.empty"));

        var failed = new OrganizationFilter(null, null, null, "FAILED");
        organizationColumns(failedMigrations);
        failedMigrations
                .addColumn(row -> row.migrationError() == null ? "" : row.migrationError())
                .setHeader(getTranslation("console.org.migration-error"))
                .setFlexGrow(3);
        failedMigrations.setItems(
                query -> console.page(failed, Sort.unsorted(), query.getOffset(), query.getLimit()).stream(),
                query -> console.count(failed));
        failedMigrations.setEmptyStateText(getTranslation("console.health.no-failed-migrations"));

        organizationColumns(failingEvents);
        failingEvents
                .addColumn(
                        row -> getTranslation("console.org.events.value", row.eventsIncomplete(), row.eventsFailed()))
                .setHeader(getTranslation("console.org.events"));
        failingEvents.setItems(console.withIncompleteEvents(LISTED));
        failingEvents.setAllRowsVisible(true);
        failingEvents.setEmptyStateText(getTranslation("console.health.no-failing-events"));

        schemas.addColumn(SchemaSize::schema).setHeader(getTranslation("console.health.schema"));
        schemas.addColumn(row -> Sizes.format(this, row.bytes())).setHeader(getTranslation("console.schema-size"));
        schemas.setItems(
                query -> console.schemaSizes(query.getOffset(), query.getLimit()).stream(),
                query -> console.countSchemaSizes());
        schemas.setEmptyStateText(getTranslation("console.health.no-schemas"));

        add(
                new PageHeader(getTranslation("console.health.title"), getTranslation("console.health.lead")),
                summary,
                section("console.health.versions", versions),
                section("console.health.failed-migrations", failedMigrations),
                section("console.health.failing-events", failingEvents),
                section("console.health.schemas", schemas));
    }

    private void organizationColumns(Grid<OrganizationOverview> grid) {
        grid.addComponentColumn(row -> {
                    var link = new Anchor("console/orgs/" + row.slug(), row.name());
                    link.getElement().setAttribute("router-link", true);
                    return link;
                })
                .setHeader(getTranslation("console.name"));
        grid.addColumn(OrganizationOverview::slug).setHeader(getTranslation("console.slug"));
    }

    private void fact(String term, String value) {
        summary.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private Section section(String titleKey, Component content) {
        var section = new Section(new H2(getTranslation(titleKey)), content);
        section.addClassName("console-section");
        return section;
    }

    /** This node's name, as the sessions figure is this node's own. */
    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.health.page-title");
    }
}
