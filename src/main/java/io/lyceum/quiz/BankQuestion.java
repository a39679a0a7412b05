package io.lyceum.quiz;

import org.jspecify.annotations.Nullable;

/** A question of the bank as lists show it. */
public record BankQuestion(
        long id, QuestionType type, @Nullable String title, String text, int points) {}
