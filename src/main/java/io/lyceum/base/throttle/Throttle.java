package io.lyceum.base.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.lyceum.base.validation.ConstraintMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per key (an address, an account): {@code capacity} events at once, refilled
 * evenly over {@code period}. Buckets live in a bounded cache and expire once they would be full
 * again, so made-up keys cannot grow memory without bound, and expiry forgives nothing. Beyond
 * {@link #MAX_KEYS} keys the least used buckets are dropped (Caffeine's frequency-based eviction
 * keeps the busy ones), the price of the bound. Per node: with several nodes each counts its own
 * (see docs/security.md).
 */
public final class Throttle {

    public static final int MAX_KEYS = 100_000;

    private final long capacity;
    private final Duration period;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public Throttle(long capacity, Duration period, Clock clock) {
        this.capacity = capacity;
        this.period = period;
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(period)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** Counts one event for the key; empty if it was allowed, else how long until one more is. */
    public Optional<Duration> tryAcquire(String key) {
        var probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether the key is used up, without counting anything; if so, how long until it is not. */
    public Optional<Duration> blocked(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Optional.empty();
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(estimate.getNanosToWaitForRefill()));
    }

    /** Forgets the key (a successful sign-in, a new password). */
    public void reset(String key) {
        buckets.invalidate(key);
    }

    /** Forgets every key starting with the prefix. */
    public void resetAll(String prefix) {
        buckets.asMap().keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** Keys held now (after expiry); for tests and figures. */
    public long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket bucket(String key) {
        return buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, period)
                                .build())
                        .withCustomTimePrecision(time)
                        .build());
    }

    /** A wait in whole minutes for people: at least one, rounded up (a message's plural argument). */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** A wait in the reader's words: "1 minute", "3 minutes", „2 Minuten“ (at least one, rounded up). */
    public static String minutesText(Duration wait) {
        return ConstraintMessages.get("wait.minutes", minutes(wait));
    }

    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
