package io.lyceum.learning;

import io.lyceum.quiz.QuestionType;
import java.util.List;

/** A question as the student sees it while taking a quiz: never its answers. */
public record StudentQuestion(int index, QuestionType type, String text, int points, List<String> options) {}
