package io.lyceum.notification;

import io.lyceum.identity.StaffOnly;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail across organizations for platform staff: the dev mailbox, monthly counts and messages that
 * failed for good, each of which staff may queue again. Reads only platform tables (no bodies but
 * the dev mailbox's, which holds no real mail); a retry acts as the message's organization.
 */
@Service
public class MailConsole {

    /** A message in the dev mailbox, as its list shows it. */
    public record DevMailRow(long id, String organization, String to, String subject, Instant createdAt) {}

    /** A message of the dev mailbox with its parts and headers. */
    public record DevMessage(
            long id,
            String organization,
            String to,
            String subject,
            String html,
            String text,
            String headers,
            Instant createdAt) {}

    /** One organization's mail in one month (UTC). */
    public record UsageRow(
            long organizationId,
            String organization,
            String slug,
            LocalDate month,
            int queued,
            int sent,
            int failed,
            int held) {}

    /** A message that failed after its last attempt. */
    public record FailureRow(
            long organizationId,
            String organization,
            String slug,
            long messageId,
            String kind,
            String subject,
            @Nullable String lastError,
            Instant failedAt) {}

    private final JdbcTemplate jdbc;
    private final TenantDirectory directory;
    private final MailOutbox outbox;

    MailConsole(JdbcTemplate jdbc, TenantDirectory directory, MailOutbox outbox) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.outbox = outbox;
    }

    /** How many messages the dev mailbox holds, of one organization (its slug) or of all. */
    @StaffOnly
    @Transactional(readOnly = true)
    public int countDevMail(@Nullable String organization) {
        Integer count = organization == null
                ? jdbc.queryForObject("select count(*) from platform.dev_mail", Integer.class)
                : jdbc.queryForObject(
                        "select count(*) from platform.dev_mail where organization_slug = ?",
                        Integer.class,
                        organization);
        return count == null ? 0 : count;
    }

    /** The dev mailbox, newest first, one page of it. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<DevMailRow> devMail(@Nullable String organization, int offset, int limit) {
        var sql = new StringBuilder(
                "select id, organization_slug, to_address, subject, created_at from platform.dev_mail");
        var args = new ArrayList<Object>();
        if (organization != null) {
            sql.append(" where organization_slug = ?");
            args.add(organization);
        }
        sql.append(" order by id desc offset ? limit ?");
        args.add(offset);
        args.add(limit);
        return jdbc.query(
                sql.toString(),
                (row, n) -> new DevMailRow(
                        row.getLong("id"),
                        row.getString("organization_slug"),
                        row.getString("to_address"),
                        row.getString("subject"),
                        instant(row, "created_at")),
                args.toArray());
    }

    /** The organizations (slugs) with mail in the dev mailbox that start with {@code prefix}, one page. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<String> devMailOrganizations(String prefix, int offset, int limit) {
        return jdbc.queryForList(
                "select distinct organization_slug from platform.dev_mail where organization_slug like ?"
                        + " order by organization_slug offset ? limit ?",
                String.class,
                prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                offset,
                limit);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public Optional<DevMessage> devMessage(long id) {
        return jdbc
                .query(
                        "select id, organization_slug, to_address, subject, html, text_body, headers, created_at"
                                + " from platform.dev_mail where id = ?",
                        (row, n) -> new DevMessage(
                                row.getLong("id"),
                                row.getString("organization_slug"),
                                row.getString("to_address"),
                                row.getString("subject"),
                                row.getString("html"),
                                row.getString("text_body"),
                                row.getString("headers"),
                                instant(row, "created_at")),
                        id)
                .stream()
                .findFirst();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public int countUsage() {
        Integer count = jdbc.queryForObject("select count(*) from platform.mail_usage", Integer.class);
        return count == null ? 0 : count;
    }

    /** Monthly counts, newest month first, then by organization. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<UsageRow> usage(int offset, int limit) {
        return jdbc.query(
                "select u.organization_id, o.name, o.slug, u.month, u.queued, u.sent, u.failed, u.held"
                        + " from platform.mail_usage u join platform.organization o on o.id = u.organization_id"
                        + " order by u.month desc, o.slug offset ? limit ?",
                (row, n) -> new UsageRow(
                        row.getLong("organization_id"),
                        row.getString("name"),
                        row.getString("slug"),
                        row.getObject("month", LocalDate.class),
                        row.getInt("queued"),
                        row.getInt("sent"),
                        row.getInt("failed"),
                        row.getInt("held")),
                offset,
                limit);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public int countFailures() {
        Integer count = jdbc.queryForObject("select count(*) from platform.mail_failure", Integer.class);
        return count == null ? 0 : count;
    }

    /** Failed messages, latest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<FailureRow> failures(int offset, int limit) {
        return jdbc.query(
                "select f.organization_id, o.name, o.slug, f.message_id, f.kind, f.subject, f.last_error, f.failed_at"
                        + " from platform.mail_failure f join platform.organization o on o.id = f.organization_id"
                        + " order by f.failed_at desc, f.message_id desc offset ? limit ?",
                (row, n) -> new FailureRow(
                        row.getLong("organization_id"),
                        row.getString("name"),
                        row.getString("slug"),
                        row.getLong("message_id"),
                        row.getString("kind"),
                        row.getString("subject"),
                        row.getString("last_error"),
                        instant(row, "failed_at")),
                offset,
                limit);
    }

    /** Failed messages of one organization, latest first (its console page). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<FailureRow> failures(long organizationId, int offset, int limit) {
        return jdbc.query(
                "select f.organization_id, o.name, o.slug, f.message_id, f.kind, f.subject, f.last_error, f.failed_at"
                        + " from platform.mail_failure f join platform.organization o on o.id = f.organization_id"
                        + " where f.organization_id = ? order by f.failed_at desc, f.message_id desc offset ? limit ?",
                (row, n) -> new FailureRow(
                        row.getLong("organization_id"),
                        row.getString("name"),
                        row.getString("slug"),
                        row.getLong("message_id"),
                        row.getString("kind"),
                        row.getString("subject"),
                        row.getString("last_error"),
                        instant(row, "failed_at")),
                organizationId,
                offset,
                limit);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public int countFailures(long organizationId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from platform.mail_failure where organization_id = ?", Integer.class, organizationId);
        return count == null ? 0 : count;
    }

    /** Messages failed for good (all organizations) and held this month (UTC) by plan limits. */
    public record MailFigures(long failed, long heldThisMonth) {}

    /** Counts only, for Lyceum's health page and metrics (a metrics scrape has nobody signed in). */
    @Transactional(readOnly = true)
    public MailFigures figures() {
        return jdbc.queryForObject(
                "select (select count(*) from platform.mail_failure), (select coalesce(sum(held), 0)"
                        + " from platform.mail_usage where month = date_trunc('month', now() at time zone 'UTC')::date)",
                (row, n) -> new MailFigures(row.getLong(1), row.getLong(2)));
    }

    /**
     * Queues a failed message again, as its organization (no transaction open while switching), and
     * sends it after commit; false when it is no longer failed (retried by someone else).
     */
    @StaffOnly
    public boolean retry(String organizationSlug, long messageId) {
        Tenant tenant = directory.findBySlug(organizationSlug).orElseThrow().tenant();
        return TenantContext.callAs(tenant, () -> outbox.retryFailed(messageId));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }
}
