package io.lyceum.learning;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * {@code answer.reviewed}: a person marked a quiz answer and the attempt's score (percent) changed
 * from {@code oldScore} to {@code newScore}. Published in the marking transaction.
 */
public record AnswerReviewed(
        long courseId,
        long moduleId,
        long userId,
        long attemptId,
        @Nullable BigDecimal oldScore,
        BigDecimal newScore) {}
