package io.lyceum.notification;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-organization monthly counts in {@code platform.mail_usage} and the failures staff see in
 * {@code platform.mail_failure}. Written from the organization's own transactions: the tables are
 * schema-qualified, so whichever schema the session binds does not matter. Months are UTC.
 */
@Component
class MailUsage {

    private static final String MONTH = "cast(date_trunc('month', now() at time zone 'UTC') as date)";

    private final EntityManager entityManager;

    MailUsage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Locks the organization's row of this month until the caller's transaction ends, so that two
     * transactions queuing mail for one organization count the month one after the other (the
     * 50-a-month rule sees the other's message). The row is written by the same transaction anyway.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockMonth(long organizationId) {
        add(organizationId, 0, 0, 0, 0);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(long organizationId, int queued, int sent, int failed, int held) {
        entityManager
                .createNativeQuery(
                        "insert into platform.mail_usage (organization_id, month, queued, sent, failed, held)"
                                + " values (:organization, " + MONTH + ", :queued, :sent, :failed, :held)"
                                + " on conflict (organization_id, month) do update set"
                                + " queued = platform.mail_usage.queued + excluded.queued,"
                                + " sent = platform.mail_usage.sent + excluded.sent,"
                                + " failed = platform.mail_usage.failed + excluded.failed,"
                                + " held = platform.mail_usage.held + excluded.held")
                .setParameter("organization", organizationId)
                .setParameter("queued", queued)
                .setParameter("sent", sent)
                .setParameter("failed", failed)
                .setParameter("held", held)
                .executeUpdate();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void failed(long organizationId, long messageId, String kind, String subject, String error) {
        entityManager
                .createNativeQuery(
                        "insert into platform.mail_failure (organization_id, message_id, kind, subject, last_error, failed_at)"
                                + " values (:organization, :message, :kind, :subject, :error, now())"
                                + " on conflict (organization_id, message_id) do update set"
                                + " last_error = excluded.last_error, failed_at = excluded.failed_at")
                .setParameter("organization", organizationId)
                .setParameter("message", messageId)
                .setParameter("kind", kind)
                .setParameter("subject", subject)
                .setParameter("error", error)
                .executeUpdate();
        add(organizationId, 0, 0, 1, 0);
    }

    /** Whether the failure was there (and is now gone): a retry re-queues a message once. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean clearFailure(long organizationId, long messageId) {
        return entityManager
                        .createNativeQuery("delete from platform.mail_failure where organization_id = :organization"
                                + " and message_id = :message")
                        .setParameter("organization", organizationId)
                        .setParameter("message", messageId)
                        .executeUpdate()
                > 0;
    }
}
