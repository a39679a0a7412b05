package io.lyceum.learning;

import java.util.List;

import io.lyceum.quiz.QuestionType;

/** A question as the student sees it while taking a quiz: never its answers. */
public record QuizQuestionView(int index, QuestionType type, String text, int points, List<String> options) {
}
