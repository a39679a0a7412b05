package io.lyceum.platform;

import io.lyceum.audit.AuditTrail;
import io.lyceum.identity.Members;
import io.lyceum.identity.StaffOnly;
import io.lyceum.tenancy.EventBacklog;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts what the staff console shows of each organization, so that the console itself never opens
 * an organization's schema: a background pass, acting as Lyceum (nobody signed in), binds each served
 * organization before it opens one read-only transaction in its schema (members, courses, bytes of
 * files, last member activity in its audit log, event publications not completed), then writes the
 * figures into {@code platform.organization_stats} with none bound. The schema's size comes from the
 * catalog. Suspended organizations and those whose migration failed are not opened: only their
 * schema size is refreshed. One node at a time (a PostgreSQL advisory lock held for the pass).
 */
@Component
public class OrganizationStatistics {

    /** Advisory lock key (space, id) of the pass; the space is Lyceum's (see EventRedelivery). */
    static final int LOCK_SPACE = 0x4c590001;

    static final int LOCK_ID = 13;

    private static final Logger log = LoggerFactory.getLogger(OrganizationStatistics.class);

    private final OrganizationRepository organizations;
    private final ObjectProvider<UsageMeter> meters;
    private final Members members;
    private final AuditTrail audit;
    private final EventBacklog events;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate write;
    private final Clock clock;

    OrganizationStatistics(
            OrganizationRepository organizations,
            ObjectProvider<UsageMeter> meters,
            Members members,
            AuditTrail audit,
            EventBacklog events,
            JdbcTemplate jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.organizations = organizations;
        this.meters = meters;
        this.members = members;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What one organization's schema holds, counted in it. */
    record Figures(
            long users,
            long courses,
            long storageBytes,
            @Nullable Instant lastActivity,
            EventBacklog.Counts events) {}

    @Scheduled(
            initialDelayString = "${lyceum.console.stats-interval:PT10M}",
            fixedDelayString = "${lyceum.console.stats-interval:PT10M}")
    void scheduled() {
        refreshAll();
    }

    /** Staff ask for fresh figures of every organization now (the console's button); false when a pass runs. */
    @StaffOnly
    public boolean refreshNow() {
        return refreshAll();
    }

    /** Staff ask for fresh figures of one organization now. */
    @StaffOnly
    public void refreshNow(long organizationId) {
        organizations.findById(organizationId).ifPresent(this::refresh);
    }

    /** One pass over every organization that has a schema, if no other node is running one. */
    boolean refreshAll() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "select pg_try_advisory_lock(?, ?)")) {
                return false;
            }
            try {
                List<Organization> all = Objects.requireNonNull(readOnly.execute(status -> organizations.findByStatusIn(
                        List.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED, TenantStatus.MIGRATION_FAILED))));
                long started = System.nanoTime();
                for (Organization organization : all) {
                    try {
                        refresh(organization);
                    } catch (RuntimeException e) {
                        // Deleted meanwhile, say: the others are still counted.
                        log.warn("Statistics of {} not stored", organization.slug(), e);
                    }
                }
                log.debug(
                        "Organization statistics of {} organizations in {} ms",
                        all.size(),
                        (System.nanoTime() - started) / 1_000_000);
                return true;
            } finally {
                advisory(lock, "select pg_advisory_unlock(?, ?)");
            }
        } catch (SQLException e) {
            log.warn("Organization statistics skipped: no database connection", e);
            return false;
        }
    }

    /** Counts one organization (in its schema when it is served) and stores the figures. */
    void refresh(Organization organization) {
        Instant now = clock.instant();
        long schemaBytes;
        Figures figures = null;
        String error = null;
        try {
            schemaBytes = schemaBytes(organization.schemaName());
            if (organization.status() == TenantStatus.ACTIVE) {
                Tenant tenant = organization.toTenant();
                // Bound first, then the transaction opens: on the organization's schema.
                figures = TenantContext.callAs(tenant, () -> readOnly.execute(status -> count()));
            }
        } catch (RuntimeException e) {
            log.warn("Statistics of {} failed; its last figures stay", organization.slug(), e);
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            schemaBytes = -1;
        }
        store(organization.id(), figures, schemaBytes, now, error);
    }

    private Figures count() {
        return new Figures(
                members.count(),
                usage(PlanAction.CREATE_COURSE),
                usage(PlanAction.STORE_FILES),
                audit.lastActivity().orElse(null),
                events.counts());
    }

    private long usage(PlanAction action) {
        return meters.stream()
                .filter(meter -> meter.action() == action)
                .mapToLong(UsageMeter::usage)
                .sum();
    }

    /** The schema's tables with their indexes and TOAST, from the catalog: no table of the schema is read. */
    long schemaBytes(String schema) {
        Long bytes = readOnly.execute(status -> jdbc.queryForObject(
                "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = ? and c.relkind in ('r', 'm')",
                Long.class,
                schema));
        return bytes == null ? 0 : bytes;
    }

    private void store(
            long organizationId, @Nullable Figures figures, long schemaBytes, Instant now, @Nullable String error) {
        Timestamp at = Timestamp.from(now);
        // With none bound: the platform schema (names are qualified anyway).
        TenantContext.runAs(
                null,
                () -> write.executeWithoutResult(status -> {
                    if (figures == null) {
                        jdbc.update(
                                "insert into platform.organization_stats (organization_id, schema_bytes, refreshed_at,"
                                        + " refresh_error) values (?, greatest(?, 0), ?, ?) on conflict (organization_id) do update"
                                        + " set schema_bytes = case when excluded.refresh_error is null"
                                        + " then excluded.schema_bytes else organization_stats.schema_bytes end,"
                                        + " refreshed_at = excluded.refreshed_at, refresh_error = excluded.refresh_error",
                                organizationId,
                                schemaBytes,
                                at,
                                error);
                        return;
                    }
                    jdbc.update(
                            "insert into platform.organization_stats (organization_id, users, courses, storage_bytes,"
                                    + " schema_bytes, last_activity_at, events_incomplete, events_failed, refreshed_at,"
                                    + " refresh_error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, null)"
                                    + " on conflict (organization_id) do update set users = excluded.users,"
                                    + " courses = excluded.courses, storage_bytes = excluded.storage_bytes,"
                                    + " schema_bytes = excluded.schema_bytes, last_activity_at = excluded.last_activity_at,"
                                    + " events_incomplete = excluded.events_incomplete,"
                                    + " events_failed = excluded.events_failed, refreshed_at = excluded.refreshed_at,"
                                    + " refresh_error = null",
                            organizationId,
                            figures.users(),
                            figures.courses(),
                            figures.storageBytes(),
                            schemaBytes,
                            figures.lastActivity() == null ? null : Timestamp.from(figures.lastActivity()),
                            figures.events().incomplete(),
                            figures.events().failed(),
                            at);
                }));
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_SPACE);
            statement.setInt(2, LOCK_ID);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
