package io.lyceum.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One of the learner's own attempts at a quiz as their results show it: its score so far, whether
 * answers still wait to be marked by a person, and each answer marked already with its points and
 * feedback.
 *
 * @param number the attempt's number since the learner last started the course over, from 1
 */
public record MyAttempt(
        int number,
        Instant submittedAt,
        BigDecimal score,
        boolean passed,
        boolean pendingReview,
        List<MarkedAnswer> marked) {

    public MyAttempt {
        marked = List.copyOf(marked);
    }

    /** An answer a person marked: {@code points} of the question's {@code maxPoints}. */
    public record MarkedAnswer(int index, String question, BigDecimal points, int maxPoints, String feedback) {}
}
