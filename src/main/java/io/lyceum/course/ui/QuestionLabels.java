package io.lyceum.course.ui;

import io.lyceum.quiz.QuestionType;
import io.lyceum.quiz.QuizReview;
import java.util.Locale;

/** Names of question types and quiz settings as instructors read them. */
final class QuestionLabels {

    private QuestionLabels() {}

    static String type(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "Single choice";
            case MULTIPLE_CHOICE -> "Multiple choice";
            case TRUE_FALSE -> "True/false";
            case SHORT_ANSWER -> "Short answer";
            case NUMERIC -> "Numeric";
        };
    }

    /** The message key of what students see after an attempt with this review setting. */
    static String reviewKey(QuizReview review) {
        return "quiz.review." + review.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
