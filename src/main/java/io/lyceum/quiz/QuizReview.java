package io.lyceum.quiz;

/**
 * What a student is shown of a submitted attempt beyond its score. Nothing of the answers reaches
 * the browser before the attempt is submitted, whatever the setting.
 */
public enum QuizReview {
    /** The score only. */
    NONE,
    /** For each question whether it was answered correctly, and the feedback of the answers chosen. */
    WHAT_WAS_WRONG,
    /** As {@link #WHAT_WAS_WRONG}, and the correct answers. */
    WITH_CORRECT_ANSWERS;

    /** What new quizzes, and quizzes made before there was a choice, show. */
    public static final QuizReview DEFAULT = WHAT_WAS_WRONG;

    public boolean showsMarks() {
        return this != NONE;
    }

    public boolean showsCorrectAnswers() {
        return this == WITH_CORRECT_ANSWERS;
    }
}
