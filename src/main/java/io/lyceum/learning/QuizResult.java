package io.lyceum.learning;

import io.lyceum.quiz.QuizReview;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a submitted attempt earned, the best so far, how many attempts remain (null = unlimited), and
 * its review: per question in the quiz's order, as far as the quiz's {@link QuizReview} setting
 * allows (empty for {@link QuizReview#NONE}).
 */
public record QuizResult(
        BigDecimal score,
        boolean passed,
        BigDecimal best,
        int passingScore,
        @Nullable Integer attemptsLeft,
        EnrollmentSummary enrollment,
        QuizReview reviewShown,
        List<ReviewedAnswer> review) {

    public QuizResult {
        review = List.copyOf(review);
    }

    /** How many questions the attempt answered correctly, when the review shows it. */
    public long correctCount() {
        return review.stream().filter(ReviewedAnswer::correct).count();
    }
}
