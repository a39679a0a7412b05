package io.lyceum.identity;

import io.lyceum.base.throttle.Throttle;
import io.lyceum.base.validation.ConstraintMessages;
import java.time.Duration;

/** Too many links to set a new password were asked for (from this address, or for this email) lately. */
public class ResetThrottledException extends RuntimeException {

    private final Duration retryAfter;

    ResetThrottledException(Duration retryAfter) {
        super(ConstraintMessages.get("reset.throttled", Throttle.minutes(retryAfter)));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
