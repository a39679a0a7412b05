package io.lyceum.platform;

import io.lyceum.identity.StaffOnly;
import io.lyceum.tenancy.TenantStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff console reads about organizations, from platform tables only (the organization, its
 * plan, custom domains, the migration ledger and the figures {@link OrganizationStatistics} keeps):
 * the grid, paged and sorted in SQL, an organization's page, and the platform's health figures. No
 * query here names a tenant schema.
 */
@Service
public class OrganizationConsole {

    /** Grid columns staff may sort by, and the SQL each sorts on (never the caller's text). */
    static final Map<String, String> SORTS = Map.ofEntries(
            Map.entry("name", "o.name"),
            Map.entry("slug", "o.slug"),
            Map.entry("plan", "p.sort_order"),
            Map.entry("status", "o.status"),
            Map.entry("users", "coalesce(s.users, o.user_count)"),
            Map.entry("courses", "s.courses"),
            Map.entry("storage", "s.storage_bytes"),
            Map.entry("schema", "s.schema_bytes"),
            Map.entry("activity", "s.last_activity_at"),
            Map.entry("version", "o.migration_changesets"),
            Map.entry("createdAt", "o.created_at"));

    private static final String SELECT = "select o.id, o.name, o.slug, o.plan_code, p.name as plan_name, o.status,"
            + " coalesce(s.users, o.user_count) as users, coalesce(s.courses, 0) as courses,"
            + " coalesce(s.storage_bytes, 0) as storage_bytes, coalesce(s.schema_bytes, 0) as schema_bytes,"
            + " s.last_activity_at, o.migration_version, o.migration_changesets, o.migration_state,"
            + " o.migration_error, o.created_at, s.refreshed_at, coalesce(s.events_incomplete, 0) as events_incomplete,"
            + " coalesce(s.events_failed, 0) as events_failed"
            + " from platform.organization o join platform.plan p on p.code = o.plan_code"
            + " left join platform.organization_stats s on s.organization_id = o.id";

    /** A run of the tenant changelog on one organization, as the ledger recorded it. */
    public record MigrationRun(
            Instant startedAt,
            Instant finishedAt,
            String trigger,
            String outcome,
            @Nullable String error,
            @Nullable String version) {}

    /** An organization's page: what the grid shows and what only its page does. */
    public record OrganizationDetails(
            OrganizationOverview overview,
            String timeZone,
            List<String> customDomains,
            @Nullable String refreshError,
            int failedMigrations) {}

    /** How many organizations share one migration version. */
    public record VersionCount(
            @Nullable String version, @Nullable Integer changeSets, long organizations) {}

    /** One schema's size, largest first. */
    public record SchemaSize(String schema, @Nullable String slug, long bytes) {}

    private final JdbcTemplate jdbc;

    OrganizationConsole(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the grid, sorted by the first known key of {@code sort} (newest first without one). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<OrganizationOverview> page(OrganizationFilter filter, Sort sort, int offset, int limit) {
        var where = new Where(filter);
        String order = sort.stream()
                .filter(o -> SORTS.containsKey(o.getProperty()))
                .map(o -> SORTS.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc") + " nulls last")
                .findFirst()
                .orElse("o.created_at desc");
        var args = new ArrayList<>(where.args);
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                SELECT + where.sql + " order by " + order + ", o.id desc limit ? offset ?",
                OrganizationConsole::overview,
                args.toArray());
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public int count(OrganizationFilter filter) {
        var where = new Where(filter);
        Integer count = jdbc.queryForObject(
                "select count(*) from platform.organization o" + where.sql, Integer.class, where.args.toArray());
        return count == null ? 0 : count;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public Optional<OrganizationDetails> details(String slug) {
        return jdbc
                .query(
                        SELECT + " where o.slug = ?",
                        (row, n) -> {
                            var overview = overview(row, n);
                            return new OrganizationDetails(
                                    overview,
                                    timeZone(overview.id()),
                                    jdbc.queryForList(
                                            "select host from platform.custom_domain where organization_id = ?"
                                                    + " order by host",
                                            String.class,
                                            overview.id()),
                                    jdbc
                                            .query(
                                                    "select refresh_error from platform.organization_stats"
                                                            + " where organization_id = ?",
                                                    (r, i) -> r.getString(1),
                                                    overview.id())
                                            .stream()
                                            .filter(e -> e != null)
                                            .findFirst()
                                            .orElse(null),
                                    failedMigrationCount(overview.id()));
                        },
                        slug)
                .stream()
                .findFirst();
    }

    /** The latest runs of the tenant changelog on one organization that failed, newest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<MigrationRun> failedMigrations(long organizationId, int limit) {
        return jdbc.query(
                "select started_at, finished_at, trigger, outcome, error, version from platform.tenant_migration"
                        + " where organization_id = ? and outcome = 'FAILED' order by started_at desc, id desc limit ?",
                (row, n) -> new MigrationRun(
                        instant(row, "started_at"),
                        instant(row, "finished_at"),
                        row.getString("trigger"),
                        row.getString("outcome"),
                        row.getString("error"),
                        row.getString("version")),
                organizationId,
                limit);
    }

    /** Organizations by status (the ones being set up included). */
    @StaffOnly
    @Transactional(readOnly = true)
    public Map<TenantStatus, Long> countByStatus() {
        return statusCounts();
    }

    /** The same, for Lyceum's metrics (no one signed in on a scrape with a token). */
    @Transactional(readOnly = true)
    public Map<TenantStatus, Long> statusCounts() {
        var counts = new EnumMap<TenantStatus, Long>(TenantStatus.class);
        for (TenantStatus status : TenantStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) from platform.organization group by status", row -> {
            counts.put(TenantStatus.valueOf(row.getString(1)), row.getLong(2));
        });
        return counts;
    }

    /** Organizations by migration version, most common first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<VersionCount> migrationVersions() {
        return jdbc.query(
                "select migration_version, max(migration_changesets), count(*) from platform.organization"
                        + " where status <> 'PROVISIONING' group by migration_version order by 3 desc, 2 desc nulls last",
                (row, n) -> new VersionCount(row.getString(1), (Integer) row.getObject(2), row.getLong(3)));
    }

    /** Organizations whose last migration failed. */
    @Transactional(readOnly = true)
    public long countMigrationFailed() {
        Long count = jdbc.queryForObject(
                "select count(*) from platform.organization where migration_state = 'FAILED'", Long.class);
        return count == null ? 0 : count;
    }

    /** Incomplete and failed event publications of every organization, as the statistics job last counted. */
    @Transactional(readOnly = true)
    public long[] organizationEvents() {
        return jdbc.queryForObject(
                "select coalesce(sum(events_incomplete), 0), coalesce(sum(events_failed), 0)"
                        + " from platform.organization_stats",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
    }

    /** The organizations with incomplete event publications, most first (figures of the statistics job). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<OrganizationOverview> withIncompleteEvents(int limit) {
        return jdbc.query(
                SELECT + " where s.events_incomplete > 0 order by s.events_incomplete desc, o.slug limit ?",
                OrganizationConsole::overview,
                limit);
    }

    /** Tenant schemas by size as the statistics job last measured them, largest first. */
    @Transactional(readOnly = true)
    public List<SchemaSize> schemaSizes(int offset, int limit) {
        return jdbc.query(
                "select o.schema_name, o.slug, s.schema_bytes from platform.organization_stats s"
                        + " join platform.organization o on o.id = s.organization_id"
                        + " order by s.schema_bytes desc, o.slug limit ? offset ?",
                (row, n) -> new SchemaSize(row.getString(1), row.getString(2), row.getLong(3)),
                limit,
                offset);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public int countSchemaSizes() {
        Integer count = jdbc.queryForObject("select count(*) from platform.organization_stats", Integer.class);
        return count == null ? 0 : count;
    }

    /** The platform schema's size and the whole database's, from the catalog now. */
    @Transactional(readOnly = true)
    public long[] platformAndDatabaseBytes() {
        return jdbc.queryForObject(
                "select coalesce((select sum(pg_total_relation_size(c.oid)) from pg_class c join pg_namespace n"
                        + " on n.oid = c.relnamespace where n.nspname = 'platform' and c.relkind in ('r', 'm')), 0),"
                        + " pg_database_size(current_database())",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
    }

    private String timeZone(long organizationId) {
        return jdbc.queryForObject(
                "select time_zone from platform.organization where id = ?", String.class, organizationId);
    }

    private int failedMigrationCount(long organizationId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from platform.tenant_migration where organization_id = ? and outcome = 'FAILED'",
                Integer.class,
                organizationId);
        return count == null ? 0 : count;
    }

    private static OrganizationOverview overview(ResultSet row, int n) throws SQLException {
        return new OrganizationOverview(
                row.getLong("id"),
                row.getString("name"),
                row.getString("slug"),
                row.getString("plan_code"),
                row.getString("plan_name"),
                TenantStatus.valueOf(row.getString("status")),
                row.getInt("users"),
                row.getInt("courses"),
                row.getLong("storage_bytes"),
                row.getLong("schema_bytes"),
                nullableInstant(row, "last_activity_at"),
                row.getString("migration_version"),
                (Integer) row.getObject("migration_changesets"),
                row.getString("migration_state"),
                row.getString("migration_error"),
                instant(row, "created_at"),
                nullableInstant(row, "refreshed_at"),
                row.getInt("events_incomplete"),
                row.getInt("events_failed"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** The filter as SQL conditions; values are always bound, never spliced. */
    private static final class Where {

        final String sql;
        final List<Object> args = new ArrayList<>();

        Where(OrganizationFilter filter) {
            var conditions = new ArrayList<String>();
            if (filter.text() != null) {
                conditions.add("(o.name ilike ? escape '\\' or o.slug ilike ? escape '\\')");
                String like = "%"
                        + filter.text()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                args.add(like);
                args.add(like);
            }
            if (filter.planCode() != null) {
                conditions.add("o.plan_code = ?");
                args.add(filter.planCode());
            }
            if (filter.status() != null) {
                conditions.add("o.status = ?");
                args.add(filter.status().name());
            }
            if (filter.migrationState() != null) {
                if (filter.migrationState().equals("NONE")) {
                    conditions.add("o.migration_state is null");
                } else {
                    conditions.add("o.migration_state = ?");
                    args.add(filter.migrationState());
                }
            }
            sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
