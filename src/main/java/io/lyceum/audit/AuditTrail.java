package io.lyceum.audit;

import io.lyceum.base.csv.CsvExport;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.StaffOnly;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit logs: an organization's own, for its admins (support access included, so they see
 * what staff looked at), and the platform's, for staff. Lists are paged in SQL.
 */
@Service
public class AuditTrail {

    static final String EXPORTED = "export.audit";
    static final int EXPORT_MAX_ROWS = 100_000;

    private final EntityManager entityManager;
    private final AuditLog log;

    AuditTrail(EntityManager entityManager, AuditLog log) {
        this.entityManager = entityManager;
        this.log = log;
    }

    /** A page of the bound organization's log, newest first. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        TenantContext.require();
        return page("audit_event", filter, pageable, false);
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        TenantContext.require();
        return count("audit_event", filter, false);
    }

    /** The action keys that occur in the bound organization's log, for a filter's choices. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<String> actions() {
        TenantContext.require();
        return actions("audit_event");
    }

    /**
     * The bound organization's log as CSV (as filtered, newest first, times in the organization's
     * zone, at most {@value #EXPORT_MAX_ROWS} rows); the export itself is recorded in the log.
     */
    @AdminsOnly
    @Transactional
    public void exportCsv(AuditFilter filter, OutputStream out) {
        ZoneId zone = TenantContext.require().timeZone();
        log.record(EXPORTED, null, filter.describe());
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        try (CsvExport csv = CsvExport.open(out)) {
            csv.row("Time (" + zone.getId() + ")", "Actor type", "Actor", "Action", "Target", "Detail", "Address");
            int written = 0;
            for (int page = 0; written < EXPORT_MAX_ROWS; page++) {
                List<AuditEntry> entries = page("audit_event", filter, PageRequest.of(page, 1000), false);
                for (AuditEntry entry : entries) {
                    csv.row(
                            time.format(entry.occurredAt()),
                            entry.actorKind().name(),
                            entry.actor(),
                            entry.action(),
                            entry.target() == null ? "" : entry.target(),
                            entry.detail() == null ? "" : entry.detail(),
                            entry.address() == null ? "" : entry.address());
                }
                written += entries.size();
                if (entries.size() < 1000) {
                    break;
                }
            }
        }
    }

    /** A page of the platform's log (about one organization when the filter names it), newest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<AuditEntry> searchPlatform(AuditFilter filter, Pageable pageable) {
        return page("platform.audit_event", filter, pageable, true);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public int countPlatform(AuditFilter filter) {
        return count("platform.audit_event", filter, true);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<String> platformActions() {
        return actions("platform.audit_event");
    }

    /**
     * When a member of the bound organization last did something the log records (a sign-in, a
     * change): a time only, for Lyceum's own figures (the console's statistics job, with nobody
     * signed in). Failed sign-ins are a stranger's doing, not the organization's activity.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> lastActivity() {
        TenantContext.require();
        Object latest = entityManager
                .createNativeQuery("select max(occurred_at) from audit_event where actor_kind = 'MEMBER'")
                .getSingleResult();
        return Optional.ofNullable(latest).map(AuditTrail::instant);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    private List<AuditEntry> page(String table, AuditFilter filter, Pageable pageable, boolean platform) {
        var where = new Where(filter, platform);
        Query query = entityManager.createNativeQuery(
                "select id, occurred_at, actor_kind, actor_name, action, target, detail, address, "
                        + (platform ? "organization_id" : "cast(null as bigint) as organization_id")
                        + " from " + table + where.sql
                        + " order by occurred_at desc, id desc limit :limit offset :offset",
                Tuple.class);
        where.bind(query);
        query.setParameter("limit", pageable.getPageSize());
        query.setParameter("offset", pageable.getOffset());
        var entries = new ArrayList<AuditEntry>();
        for (Object row : query.getResultList()) {
            Tuple tuple = (Tuple) row;
            entries.add(new AuditEntry(
                    tuple.get("id", Number.class).longValue(),
                    tuple.get("occurred_at", Instant.class),
                    AuditActor.Kind.valueOf(tuple.get("actor_kind", String.class)),
                    tuple.get("actor_name", String.class),
                    tuple.get("action", String.class),
                    tuple.get("target", String.class),
                    tuple.get("detail", String.class),
                    tuple.get("address", String.class),
                    tuple.get("organization_id") instanceof Number org ? org.longValue() : null));
        }
        return entries;
    }

    private int count(String table, AuditFilter filter, boolean platform) {
        var where = new Where(filter, platform);
        Query query = entityManager.createNativeQuery("select count(*) from " + table + where.sql);
        where.bind(query);
        return ((Number) query.getSingleResult()).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> actions(String table) {
        return entityManager
                .createNativeQuery("select distinct action from " + table + " order by action")
                .getResultList();
    }

    /** The filter as SQL conditions with named parameters; values are always bound, never spliced. */
    private static final class Where {

        final String sql;
        final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(AuditFilter filter, boolean platform) {
            var conditions = new ArrayList<String>();
            if (filter.text() != null) {
                conditions.add("(actor_name ilike :text escape '\\' or target ilike :text escape '\\'"
                        + " or detail ilike :text escape '\\')");
                parameters.put("text", "%" + like(filter.text()) + "%");
            }
            if (filter.action() != null) {
                conditions.add("action = :action");
                parameters.put("action", filter.action());
            }
            if (filter.from() != null) {
                conditions.add("occurred_at >= :from");
                parameters.put("from", filter.from());
            }
            if (filter.to() != null) {
                conditions.add("occurred_at < :to");
                parameters.put("to", filter.to());
            }
            if (platform && filter.organizationId() != null) {
                conditions.add("organization_id = :org");
                parameters.put("org", filter.organizationId());
            }
            sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }

        private static String like(@Nullable String text) {
            return text == null
                    ? ""
                    : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
