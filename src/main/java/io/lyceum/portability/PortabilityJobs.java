package io.lyceum.portability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Exports and imports in progress or done, in {@code platform.portability_job}: any node shows their
 * progress, and an export's zip is found by its random token. Each write commits on its own, so
 * progress is visible while the work goes on.
 */
@Component
class PortabilityJobs {

    private final JdbcTemplate jdbc;

    PortabilityJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UUID start(
            PortabilityJob.Kind kind,
            @Nullable Long organizationId,
            String slug,
            String requestedBy,
            String requestedAs,
            Instant now) {
        UUID token = UUID.randomUUID();
        jdbc.update("""
                insert into platform.portability_job
                    (token, kind, organization_id, org_slug, requested_by, requested_as, status, started_at)
                values (?, ?, ?, ?, ?, ?, 'RUNNING', ?)""", token, kind.name(), organizationId, slug, requestedBy, requestedAs, Timestamp.from(now));
        return token;
    }

    void progress(UUID token, long done, long total) {
        jdbc.update(
                "update platform.portability_job set done_rows = ?, total_rows = ? where token = ?",
                done,
                total,
                token);
    }

    void organization(UUID token, long organizationId) {
        jdbc.update("update platform.portability_job set organization_id = ? where token = ?", organizationId, token);
    }

    void done(UUID token, @Nullable Long bytes, @Nullable String report, Instant now, @Nullable Instant expires) {
        jdbc.update("""
                update platform.portability_job
                   set status = 'DONE', bytes = ?, report = ?, finished_at = ?, expires_at = ?, done_rows = total_rows
                 where token = ?""", bytes, report, Timestamp.from(now), expires == null ? null : Timestamp.from(expires), token);
    }

    void failed(UUID token, String report, Instant now) {
        jdbc.update(
                "update platform.portability_job set status = 'FAILED', report = ?, finished_at = ? where token = ?",
                report,
                Timestamp.from(now),
                token);
    }

    Optional<PortabilityJob> find(UUID token) {
        return jdbc.query(SELECT + " where token = ?", PortabilityJobs::job, token).stream()
                .findFirst();
    }

    List<PortabilityJob> exportsOf(long organizationId, int limit) {
        return jdbc.query(
                SELECT + " where kind = 'EXPORT' and organization_id = ? order by started_at desc limit ?",
                PortabilityJobs::job,
                organizationId,
                limit);
    }

    List<PortabilityJob> imports(int limit) {
        return jdbc.query(
                SELECT + " where kind = 'IMPORT' order by started_at desc limit ?", PortabilityJobs::job, limit);
    }

    /** Finished exports past their time: their files go, then their rows. */
    List<UUID> expired(Instant now) {
        return jdbc.queryForList(
                "select token from platform.portability_job where expires_at < ?", UUID.class, Timestamp.from(now));
    }

    void forget(UUID token) {
        jdbc.update("delete from platform.portability_job where token = ?", token);
    }

    private static final String SELECT = """
            select token, kind, organization_id, org_slug, requested_by, status, done_rows, total_rows, bytes, report,
                   started_at, finished_at, expires_at
              from platform.portability_job""";

    private static PortabilityJob job(ResultSet row, int index) throws SQLException {
        long organization = row.getLong("organization_id");
        boolean noOrganization = row.wasNull();
        long bytes = row.getLong("bytes");
        boolean noBytes = row.wasNull();
        return new PortabilityJob(
                row.getObject("token", UUID.class),
                PortabilityJob.Kind.valueOf(row.getString("kind")),
                noOrganization ? null : organization,
                row.getString("org_slug"),
                row.getString("requested_by"),
                PortabilityJob.Status.valueOf(row.getString("status")),
                row.getLong("done_rows"),
                row.getLong("total_rows"),
                noBytes ? null : bytes,
                row.getString("report"),
                instant(row.getTimestamp("started_at")),
                instantOrNull(row.getTimestamp("finished_at")),
                instantOrNull(row.getTimestamp("expires_at")));
    }

    private static Instant instant(Timestamp at) {
        return at.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
