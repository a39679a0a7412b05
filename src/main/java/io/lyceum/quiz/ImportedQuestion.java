package io.lyceum.quiz;

import java.util.Objects;

/** A question read from a GIFT text, with the 1-based line it starts on. */
public record ImportedQuestion(int line, QuestionSpec question) {

    public ImportedQuestion {
        if (line < 1) {
            throw new IllegalArgumentException("Lines are counted from 1");
        }
        Objects.requireNonNull(question, "question");
    }
}
