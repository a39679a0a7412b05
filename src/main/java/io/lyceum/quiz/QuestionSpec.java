package io.lyceum.quiz;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A question and its answers. True/false questions are stored as two choices, "True" and "False",
 * exactly one correct, so that choice questions share one representation.
 */
public record QuestionSpec(QuestionType type, @Nullable String title, String text, int points, List<Choice> choices,
        List<String> acceptedAnswers, boolean caseSensitive, @Nullable Double numericAnswer, double tolerance) {

    public static final int TEXT_MAX_LENGTH = 5000;
    public static final String TRUE = "True";
    public static final String FALSE = "False";

    public QuestionSpec {
        if (text.isBlank()) {
            throw new IllegalArgumentException("A question needs text");
        }
        if (text.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("A question may have at most " + TEXT_MAX_LENGTH + " characters");
        }
        if (points < 1 || points > 1000) {
            throw new IllegalArgumentException("Points go from 1 to 1000");
        }
        choices = List.copyOf(choices);
        acceptedAnswers = acceptedAnswers.stream().map(String::strip).filter(answer -> !answer.isEmpty()).toList();
        long correct = choices.stream().filter(Choice::correct).count();
        switch (type) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                if (choices.size() < 2) {
                    throw new IllegalArgumentException("A choice question needs at least two answers");
                }
                if (correct != 1) {
                    throw new IllegalArgumentException("A single-choice question needs exactly one correct answer");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (choices.size() < 2) {
                    throw new IllegalArgumentException("A choice question needs at least two answers");
                }
                if (correct < 1) {
                    throw new IllegalArgumentException("A multiple-choice question needs a correct answer");
                }
            }
            case SHORT_ANSWER -> {
                if (acceptedAnswers.isEmpty()) {
                    throw new IllegalArgumentException("A short-answer question needs an accepted answer");
                }
            }
            case NUMERIC -> {
                if (numericAnswer == null || numericAnswer.isNaN() || numericAnswer.isInfinite()) {
                    throw new IllegalArgumentException("A numeric question needs its answer");
                }
                if (tolerance < 0 || Double.isNaN(tolerance)) {
                    throw new IllegalArgumentException("The tolerance cannot be negative");
                }
            }
        }
    }

    public static QuestionSpec singleChoice(@Nullable String title, String text, List<Choice> choices, int points) {
        return new QuestionSpec(QuestionType.SINGLE_CHOICE, title, text, points, choices, List.of(), false, null, 0);
    }

    public static QuestionSpec multipleChoice(@Nullable String title, String text, List<Choice> choices,
            int points) {
        return new QuestionSpec(QuestionType.MULTIPLE_CHOICE, title, text, points, choices, List.of(), false, null, 0);
    }

    public static QuestionSpec trueFalse(@Nullable String title, String text, boolean answer, int points) {
        return new QuestionSpec(QuestionType.TRUE_FALSE, title, text, points,
                List.of(new Choice(TRUE, answer, null), new Choice(FALSE, !answer, null)), List.of(), false, null, 0);
    }

    public static QuestionSpec shortAnswer(@Nullable String title, String text, List<String> accepted,
            boolean caseSensitive, int points) {
        return new QuestionSpec(QuestionType.SHORT_ANSWER, title, text, points, List.of(), accepted, caseSensitive,
                null, 0);
    }

    public static QuestionSpec numeric(@Nullable String title, String text, double answer, double tolerance,
            int points) {
        return new QuestionSpec(QuestionType.NUMERIC, title, text, points, List.of(), List.of(), false, answer,
                tolerance);
    }

    /** The fraction of this question's points that a response earns, from 0 to 1. */
    public double score(List<String> response) {
        List<String> given = response.stream().map(String::strip).filter(answer -> !answer.isEmpty()).toList();
        return switch (type) {
            case SINGLE_CHOICE, TRUE_FALSE -> given.size() == 1 && choices.stream()
                    .anyMatch(choice -> choice.correct() && choice.text().equals(given.getFirst())) ? 1 : 0;
            case MULTIPLE_CHOICE -> java.util.Set.copyOf(given).equals(choices.stream().filter(Choice::correct)
                    .map(Choice::text).collect(java.util.stream.Collectors.toSet())) ? 1 : 0;
            case SHORT_ANSWER -> given.size() == 1 && acceptedAnswers.stream().anyMatch(accepted -> caseSensitive
                    ? accepted.equals(given.getFirst())
                    : accepted.toLowerCase(Locale.ROOT).equals(given.getFirst().toLowerCase(Locale.ROOT))) ? 1 : 0;
            case NUMERIC -> given.size() == 1 && numericAnswer != null && parse(given.getFirst())
                    .filter(value -> Math.abs(value - numericAnswer) <= tolerance + 1e-9).isPresent() ? 1 : 0;
        };
    }

    private static java.util.Optional<Double> parse(String text) {
        try {
            return java.util.Optional.of(Double.parseDouble(text.replace(',', '.')));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
