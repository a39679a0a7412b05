package io.lyceum.learning;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An enrollment as its student and the course's staff see it. */
public record EnrollmentSummary(
        long id,
        long userId,
        long courseId,
        EnrollmentStatus status,
        BigDecimal progress,
        Instant enrolledAt,
        @Nullable Instant completedAt,
        @Nullable Long lastModuleId,
        @Nullable Instant lastAccessedAt) {}
