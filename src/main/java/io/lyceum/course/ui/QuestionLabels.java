package io.lyceum.course.ui;

import io.lyceum.quiz.QuestionType;

/** Names of question types as instructors read them. */
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
}
