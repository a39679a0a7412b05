package io.lyceum.quiz;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * How a quiz is taken: the score to pass (percent), how many attempts (null = unlimited), shuffling.
 * The quiz editor and {@link QuizService} check the constraints.
 */
public record QuizSettings(
        @Range(min = 0, max = 100, message = "{quiz.passing-score.range}")
        int passingScore,

        @Range(min = 1, max = MAX_ATTEMPTS, message = "{quiz.attempts.range}") @Nullable Integer attemptsAllowed,

        boolean shuffle) {

    public static final int DEFAULT_PASSING_SCORE = 60;
    public static final int MAX_ATTEMPTS = 100;
}
