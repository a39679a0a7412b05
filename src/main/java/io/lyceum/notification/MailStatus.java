package io.lyceum.notification;

/** Where a message of the outbox stands. */
enum MailStatus {
    /** Waiting for a dispatcher, from {@code next_attempt_at}. */
    QUEUED,
    /** Claimed by a dispatcher until its lease ends; a lapsed lease makes it due again. */
    SENDING,
    SENT,
    /** Given up after the last attempt; staff may retry it from the console. */
    FAILED,
    /** Kept, not sent, until its hold reason is cleared. */
    HELD,
    /** Non-essential mail to someone who unsubscribed from its kind: stored, never sent. */
    SUPPRESSED
}
