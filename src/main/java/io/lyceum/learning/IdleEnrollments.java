package io.lyceum.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners who started a course and went quiet, for reminders: a page at a time, so that a sweep of
 * a large organization never holds every enrollment in memory. Runs with nobody signed in.
 */
@Service
public class IdleEnrollments {

    private final EnrollmentRepository enrollments;

    IdleEnrollments(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    /** An unfinished enrollment and when its learner last did anything in it. */
    public record Idle(long enrollmentId, long userId, long courseId, int progressPercent, Instant lastActivity) {}

    /**
     * Active unfinished enrollments with no activity since {@code before}, with an id above
     * {@code afterId}, in id order, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Idle> since(Instant before, long afterId, int limit) {
        return enrollments.idle(before, afterId, limit).stream()
                .map(row -> new Idle(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        ((BigDecimal) row[3]).setScale(0, RoundingMode.DOWN).intValue(),
                        instant(row[4])))
                .toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }
}
