package io.lyceum.quiz;

import org.jspecify.annotations.Nullable;

/** How a quiz is taken: the score to pass (percent), how many attempts (null = unlimited), shuffling. */
public record QuizSettings(int passingScore, @Nullable Integer attemptsAllowed, boolean shuffle) {

    public static final int DEFAULT_PASSING_SCORE = 60;

    public QuizSettings {
        if (passingScore < 0 || passingScore > 100) {
            throw new IllegalArgumentException("The passing score is a percentage from 0 to 100");
        }
        if (attemptsAllowed != null && (attemptsAllowed < 1 || attemptsAllowed > 100)) {
            throw new IllegalArgumentException("Allow from 1 to 100 attempts, or leave it empty for unlimited");
        }
    }
}
