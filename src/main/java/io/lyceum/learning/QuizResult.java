package io.lyceum.learning;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a submitted attempt earned, the best so far, and how many attempts remain (null = unlimited). */
public record QuizResult(
        BigDecimal score,
        boolean passed,
        BigDecimal best,
        int passingScore,
        @Nullable Integer attemptsLeft,
        EnrollmentSummary enrollment) {}
