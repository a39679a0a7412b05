package io.lyceum.quiz;

import io.lyceum.base.validation.ConstraintMessages;
import org.jspecify.annotations.Nullable;

/** An answer offered by a choice question, with what to tell a student who picks it. */
public record Choice(String text, boolean correct, @Nullable String feedback) {

    public Choice {
        if (text.isBlank()) {
            throw new IllegalArgumentException(ConstraintMessages.get("question.choice.text"));
        }
        // Responses are matched on the text, so surrounding spaces must not make two answers differ.
        text = text.strip();
        feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
    }
}
