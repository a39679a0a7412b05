package io.lyceum.course.ui;

import io.lyceum.quiz.QuestionType;
import io.lyceum.quiz.QuizReview;

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

    static String review(QuizReview review) {
        return switch (review) {
            case NONE -> "Their score only";
            case WHAT_WAS_WRONG -> "Which answers were wrong, with your feedback on the answers they chose";
            case WITH_CORRECT_ANSWERS -> "Which answers were wrong, your feedback and the correct answers";
        };
    }
}
