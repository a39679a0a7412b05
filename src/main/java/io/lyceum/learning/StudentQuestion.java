package io.lyceum.learning;

import io.lyceum.quiz.QuestionType;
import java.util.List;

/**
 * A question as the student sees it while taking a quiz: never its answers. {@code markedByPerson}:
 * an essay or a short answer the instructor marks (its answer may be up to {@link
 * io.lyceum.quiz.QuestionSpec#ANSWER_MAX_LENGTH} characters).
 */
public record StudentQuestion(
        int index, QuestionType type, String text, int points, List<String> options, boolean markedByPerson) {}
