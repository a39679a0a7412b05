package io.lyceum.learning;

import io.lyceum.quiz.QuizReview;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a submitted attempt earned, the best so far, how many attempts remain (null = unlimited), and
 * its review: per question in the quiz's order, as far as the quiz's {@link QuizReview} setting
 * allows (empty for {@link QuizReview#NONE}). Answers a person marks are not in the review: those
 * given are {@code waiting} (their question indexes) until marked, and count 0 in the score till then.
 */
public record QuizResult(
        BigDecimal score,
        boolean passed,
        BigDecimal best,
        int passingScore,
        @Nullable Integer attemptsLeft,
        EnrollmentSummary enrollment,
        QuizReview reviewShown,
        List<ReviewedAnswer> review,
        List<Integer> waiting) {

    public QuizResult {
        review = List.copyOf(review);
        waiting = List.copyOf(waiting);
    }

    /** Some answers wait to be marked by a person: the score may still rise. */
    public boolean pendingReview() {
        return !waiting.isEmpty();
    }

    /** How many questions the attempt answered correctly, when the review shows it. */
    public long correctCount() {
        return review.stream().filter(ReviewedAnswer::correct).count();
    }
}
