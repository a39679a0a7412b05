package io.lyceum.course.ui;

import io.lyceum.quiz.QuestionType;
import io.lyceum.quiz.QuizReview;
import java.util.Locale;

/** Names of question types and quiz settings as instructors read them. */
final class QuestionLabels {

    private QuestionLabels() {}

    /** The message key of a question type's name ("Single choice"). */
    static String typeKey(QuestionType type) {
        return "question-type." + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message key of what students see after an attempt with this review setting. */
    static String reviewKey(QuizReview review) {
        return "quiz.review." + review.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
