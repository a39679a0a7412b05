package io.lyceum.quiz;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * How a quiz is taken: the score to pass (percent), how many attempts (null = unlimited), shuffling,
 * and what a student sees of an attempt after submitting it. The quiz editor and {@link QuizService}
 * check the constraints.
 */
public record QuizSettings(
        @Range(min = 0, max = 100, message = "{quiz.passing-score.range}")
        int passingScore,

        @Range(min = 1, max = MAX_ATTEMPTS, message = "{quiz.attempts.range}") @Nullable Integer attemptsAllowed,

        boolean shuffle,

        @NotNull(message = "{quiz.review.required}") QuizReview review) {

    public static final int DEFAULT_PASSING_SCORE = 60;
    public static final int MAX_ATTEMPTS = 100;

    /** The settings of a quiz nobody has set up yet. */
    public static final QuizSettings DEFAULTS =
            new QuizSettings(DEFAULT_PASSING_SCORE, null, false, QuizReview.DEFAULT);
}
