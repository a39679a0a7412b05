package io.lyceum.notification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table of the organization in context ({@code mail_message} in its schema). Every method
 * runs in the caller's transaction; the session binds the organization's schema.
 */
@Component
class OutboxStore {

    /** The start of this month (UTC), for counting the month's mail. */
    private static final String MONTH_START = "date_trunc('month', now() at time zone 'UTC') at time zone 'UTC'";

    /** A message a dispatcher claimed: what it needs to build and send it, and its attempt. */
    record Claimed(
            long id,
            MailKind kind,
            String toAddress,
            @Nullable String toName,
            Locale locale,
            String subject,
            String html,
            String text,
            String messageId,
            @Nullable String listUnsubscribe,
            int attempts) {}

    private final EntityManager entityManager;

    OutboxStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long insert(
            OutgoingMail mail,
            MailStatus status,
            @Nullable HoldReason reason,
            @Nullable String listUnsubscribe,
            String messageId) {
        Object id = entityManager
                .createNativeQuery(
                        "insert into mail_message (kind, to_address, to_name, locale, subject, html, text_body,"
                                + " status, hold_reason, list_unsubscribe, message_id)"
                                + " values (:kind, :to, :name, :locale, :subject, :html, :text, :status, :reason, :unsubscribe,"
                                + " :messageId) returning id")
                .setParameter("kind", mail.kind().name())
                .setParameter("to", mail.toAddress())
                .setParameter("name", mail.toName())
                .setParameter("locale", mail.locale().toLanguageTag())
                .setParameter("subject", mail.subject())
                .setParameter("html", mail.html())
                .setParameter("text", mail.text())
                .setParameter("status", status.name())
                .setParameter("reason", reason == null ? null : reason.name())
                .setParameter("unsubscribe", listUnsubscribe)
                .setParameter("messageId", messageId)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    /**
     * Messages of this month that go (or went) out: everything but held and suppressed ones, each in
     * the month it was queued to go (held mail in the month it was released).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long countedThisMonth() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from mail_message where counted_at >= " + MONTH_START
                                + " and status not in ('HELD', 'SUPPRESSED')")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Takes up to {@code limit} due messages for this dispatcher: queued ones whose time has come and
     * claimed ones whose lease lapsed (their dispatcher died). Rows another dispatcher is claiming
     * right now are skipped, not waited for; the lease keeps them from everyone else after commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Claimed> claim(int limit, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(
                        "update mail_message set status = 'SENDING', attempts = attempts + 1,"
                                + " lease_until = now() + make_interval(secs => :lease)"
                                + " where id in (select id from mail_message"
                                + " where (status = 'QUEUED' and next_attempt_at <= now())"
                                + " or (status = 'SENDING' and lease_until < now())"
                                + " order by id limit :limit for update skip locked)"
                                + " returning id, kind, to_address, to_name, locale, subject, html, text_body, message_id,"
                                + " list_unsubscribe, attempts",
                        Tuple.class)
                .setParameter("lease", lease.toMillis() / 1000.0)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> new Claimed(
                        ((Number) row.get("id")).longValue(),
                        MailKind.valueOf((String) row.get("kind")),
                        (String) row.get("to_address"),
                        (String) row.get("to_name"),
                        Locale.forLanguageTag((String) row.get("locale")),
                        (String) row.get("subject"),
                        (String) row.get("html"),
                        (String) row.get("text_body"),
                        (String) row.get("message_id"),
                        (String) row.get("list_unsubscribe"),
                        ((Number) row.get("attempts")).intValue()))
                .sorted(java.util.Comparator.comparingLong(Claimed::id))
                .toList();
    }

    /**
     * Marks the claimed attempt sent. False when the claim is no longer this dispatcher's (its lease
     * lapsed and another took the message): the attempt count is the fencing token.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean sent(Claimed message) {
        return entityManager
                        .createNativeQuery(
                                "update mail_message set status = 'SENT', sent_at = now(), lease_until = null,"
                                        + " last_error = null where id = :id and status = 'SENDING' and attempts = :attempts")
                        .setParameter("id", message.id())
                        .setParameter("attempts", message.attempts())
                        .executeUpdate()
                > 0;
    }

    /** Back to the queue, due after the backoff; false when the claim is no longer ours. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean retryLater(Claimed message, Duration backoff, String error) {
        return entityManager
                        .createNativeQuery("update mail_message set status = 'QUEUED', lease_until = null,"
                                + " next_attempt_at = now() + make_interval(secs => :delay), last_error = :error"
                                + " where id = :id and status = 'SENDING' and attempts = :attempts")
                        .setParameter("delay", backoff.toMillis() / 1000.0)
                        .setParameter("error", error)
                        .setParameter("id", message.id())
                        .setParameter("attempts", message.attempts())
                        .executeUpdate()
                > 0;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean failed(Claimed message, String error) {
        return entityManager
                        .createNativeQuery("update mail_message set status = 'FAILED', lease_until = null,"
                                + " last_error = :error where id = :id and status = 'SENDING' and attempts = :attempts")
                        .setParameter("error", error)
                        .setParameter("id", message.id())
                        .setParameter("attempts", message.attempts())
                        .executeUpdate()
                > 0;
    }

    /** A failed message due again now, with a fresh count of attempts; false when it is not failed. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean requeueFailed(long id) {
        return entityManager
                        .createNativeQuery("update mail_message set status = 'QUEUED', attempts = 0,"
                                + " next_attempt_at = now(), last_error = null where id = :id and status = 'FAILED'")
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }

    /** Releases held messages of one reason, oldest first, at most {@code limit}; how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    int release(HoldReason reason, long limit) {
        return entityManager
                .createNativeQuery(
                        "update mail_message set status = 'QUEUED', hold_reason = null, next_attempt_at = now(),"
                                + " counted_at = now()"
                                + " where id in (select id from mail_message where status = 'HELD' and hold_reason = :reason"
                                + " order by id limit :limit for update skip locked)")
                .setParameter("reason", reason.name())
                .setParameter("limit", limit)
                .executeUpdate();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long held(HoldReason reason) {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from mail_message where status = 'HELD' and hold_reason = :reason")
                        .setParameter("reason", reason.name())
                        .getSingleResult())
                .longValue();
    }
}
