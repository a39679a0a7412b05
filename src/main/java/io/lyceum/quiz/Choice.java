package io.lyceum.quiz;

import org.jspecify.annotations.Nullable;

/** An answer offered by a choice question. */
public record Choice(String text, boolean correct, @Nullable String feedback) {

    public Choice {
        if (text.isBlank()) {
            throw new IllegalArgumentException("An answer needs text");
        }
        text = text.strip();
    }
}
