package io.lyceum.certificate;

import io.lyceum.base.throttle.ClientAddress;
import io.lyceum.base.throttle.Throttle;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Limits public verification to {@value #MAX_PER_WINDOW} look-ups per address per minute, so codes
 * cannot be enumerated; the counters are bounded and expire ({@link Throttle}).
 */
@Component
class VerificationThrottle {

    static final int MAX_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Throttle addresses;

    VerificationThrottle(Clock clock) {
        this.addresses = new Throttle(MAX_PER_WINDOW, WINDOW, clock);
    }

    /** Counts a look-up from an address; when its allowance is used up, how long until the next. */
    Optional<Duration> refusal(String address) {
        return addresses.tryAcquire(ClientAddress.key(address));
    }
}
