package io.lyceum.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends: attempts before a message fails, the first retry delay (doubled at each
 * further attempt, at most {@code maxRetryDelay}), how long a claim holds before another node may
 * take the message over, how many messages one claim takes, and whether a commit hands its mail to a
 * worker at once (off only to simulate a crash; the poller then finds it). The poller's interval is
 * {@code lyceum.mail.poll-interval}, read by {@link MailPoller}.
 */
@ConfigurationProperties("lyceum.mail")
record MailSettings(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration retryDelay,
        @DefaultValue("PT6H") Duration maxRetryDelay,
        @DefaultValue("PT15M") Duration lease,
        @DefaultValue("10") int batchSize,
        @DefaultValue("true") boolean dispatchAfterCommit,
        @DefaultValue("50") int sharedDomainMonthlyLimit) {

    /** The wait after the {@code attempts}-th failed attempt: retryDelay × 2^(attempts − 1), capped. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = retryDelay.multipliedBy(factor);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
