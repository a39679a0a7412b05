package io.lyceum.tenancy;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many event publications are not completed yet, and how many of those failed: of the
 * organization in context (its own registry, in its schema) or, with none bound, of the platform's.
 * Counts only, for Lyceum's own figures (the console's statistics job, health metrics).
 */
@Component
public class EventBacklog {

    /** Incomplete publications (failed included) and failed ones. */
    public record Counts(long incomplete, long failed) {}

    private final EntityManager entityManager;

    EventBacklog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Counts counts() {
        String table = TenantContext.current().isPresent() ? "event_publication" : "platform.event_publication";
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select count(*), count(*) filter (where status = 'FAILED') from " + table
                        + " where completion_date is null")
                .getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
