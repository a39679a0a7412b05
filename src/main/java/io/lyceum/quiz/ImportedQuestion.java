package io.lyceum.quiz;

/** A question read from a GIFT text, with the line it starts on. */
public record ImportedQuestion(int line, QuestionSpec question) {
}
