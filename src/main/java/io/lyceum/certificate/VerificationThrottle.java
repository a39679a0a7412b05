package io.lyceum.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits public verification to {@value #MAX_PER_WINDOW} look-ups per address per minute, so codes
 * cannot be enumerated. In memory per node, like the login throttle.
 */
@Component
class VerificationThrottle {

    static final int MAX_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int PRUNE_ABOVE = 10_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    VerificationThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts a look-up from an address; false when the address has used up its window. */
    boolean allow(String address) {
        Instant now = clock.instant();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(window -> !now.isBefore(window.start().plus(WINDOW)));
        }
        Window window = windows.compute(address, (key, current) -> current == null
                || !now.isBefore(current.start().plus(WINDOW)) ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        return window.count() <= MAX_PER_WINDOW;
    }
}
