package io.lyceum.identity;

import io.lyceum.base.throttle.ClientAddress;
import io.lyceum.base.throttle.Throttle;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Limits asking for links to set a new password, so that nobody floods a member's mailbox or the
 * outbox: {@value #MAX_PER_ACCOUNT} an hour per email on an organization, {@value #MAX_PER_ADDRESS} in
 * {@link #ADDRESS_WINDOW} per client address across organizations. Emails count whether or not they
 * are a member's (the refusal tells nothing). It limits only these requests: signing in, and the
 * links that admins make, are never held up by it, so a stranger asking in the owner's name costs
 * the owner nothing but the wait for a further link.
 */
@Component
class PasswordResetThrottle {

    static final int MAX_PER_ACCOUNT = 3;
    static final int MAX_PER_ADDRESS = 20;
    static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    private final Throttle accounts;
    private final Throttle addresses;

    PasswordResetThrottle(Clock clock) {
        this.accounts = new Throttle(MAX_PER_ACCOUNT, ACCOUNT_WINDOW, clock);
        this.addresses = new Throttle(MAX_PER_ADDRESS, ADDRESS_WINDOW, clock);
    }

    /** Counts one request; empty if it may go ahead, else how long until one more may. */
    Optional<Duration> acquire(String org, String email, String from) {
        Optional<Duration> wait = addresses.tryAcquire(ClientAddress.key(from));
        return wait.isPresent() ? wait : accounts.tryAcquire(org + ":" + User.normalizeEmail(email));
    }
}
