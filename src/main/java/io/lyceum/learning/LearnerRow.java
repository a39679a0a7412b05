package io.lyceum.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One learner of a course as its instructors see them. */
public record LearnerRow(
        long userId,
        String name,
        String email,
        @Nullable String cohort,
        EnrollmentStatus status,
        BigDecimal progress,
        Instant enrolledAt,
        @Nullable Instant lastActivity,
        Map<Long, BigDecimal> bestQuizScores) {

    public LearnerRow {
        bestQuizScores = Map.copyOf(bestQuizScores);
    }
}
