package io.lyceum.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_PER_ACCOUNT} failures for one account, or
 * {@value #MAX_PER_ADDRESS} from one address, within {@link #WINDOW}, sign-in is refused until the
 * window has passed. Kept in memory per node (see docs/operations.md for several nodes).
 */
@Component
class LoginThrottle {

    static final int MAX_PER_ACCOUNT = 5;
    static final int MAX_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String org, String email, String address) {
        return recent(accountKey(org, email)) >= MAX_PER_ACCOUNT || recent(addressKey(address)) >= MAX_PER_ADDRESS;
    }

    void failed(String org, String email, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(org, email), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> updated = times == null ? new ArrayDeque<>() : times;
                updated.addLast(now);
                prune(updated, now);
                return updated;
            });
        }
    }

    void succeeded(String org, String email) {
        failures.remove(accountKey(org, email));
    }

    private int recent(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfPresent(key, (k, v) -> {
            prune(v, now);
            return v.isEmpty() ? null : v;
        });
        return times == null ? 0 : times.size();
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }

    private static String accountKey(String org, String email) {
        return "account:" + org + ":" + User.normalizeEmail(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
