package io.lyceum.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What happens to work that comes after its due date. A submission at the due instant itself is on
 * time; one second later it is late by one (started) day.
 */
public enum LatePolicy {
    /** Late work is accepted and marked late. */
    ACCEPT,
    /** Late work loses a percentage of its points per started day. */
    PENALTY,
    /** Nothing is accepted after the due date. */
    REFUSE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Started days after the due date: 0 when on time or when there is no due date. */
    public static int daysLate(Instant submittedAt, @Nullable Instant dueAt) {
        if (dueAt == null || !submittedAt.isAfter(dueAt)) {
            return 0;
        }
        Duration late = Duration.between(dueAt, submittedAt);
        long days = late.toDays();
        return (int) (late.equals(Duration.ofDays(days)) ? days : days + 1);
    }

    /** The percentage of the points this policy takes off work {@code daysLate} days late (at most 100). */
    public BigDecimal penaltyPercent(int daysLate, BigDecimal perDay) {
        if (this != PENALTY || daysLate <= 0) {
            return BigDecimal.ZERO;
        }
        return perDay.multiply(BigDecimal.valueOf(daysLate)).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** Points after a penalty in percent, rounded to hundredths. */
    public static BigDecimal afterPenalty(BigDecimal points, BigDecimal penaltyPercent) {
        return points.multiply(HUNDRED.subtract(penaltyPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** Whether this policy takes work submitted at {@code submittedAt}. */
    public boolean accepts(Instant submittedAt, @Nullable Instant dueAt) {
        return this != REFUSE || dueAt == null || !submittedAt.isAfter(dueAt);
    }
}
