package io.lyceum.quiz;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.lyceum.base.validation.ConstraintMessages;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A question and its answers, stored in the bank as JSON, so the components are its storage format.
 *
 * <p>One record holds every type; the components a type does not use are empty ({@code choices},
 * {@code acceptedAnswers}), {@code null} ({@code numericAnswer}) or {@code 0} ({@code tolerance}).
 * True/false questions are stored as the two choices {@value #TRUE} and {@value #FALSE}, exactly one
 * correct, so that they are shown and scored like any other choice question.
 *
 * <p>An essay has no answer key: a person marks it. A short answer with {@code reviewByPerson} is
 * marked by a person too; its accepted answers, optional then, guide the marker. Specs stored before
 * {@code reviewByPerson} existed read as {@code false}.
 */
public record QuestionSpec(
        QuestionType type,
        @Nullable String title,
        String text,
        int points,
        List<Choice> choices,
        List<String> acceptedAnswers,
        boolean caseSensitive,
        @Nullable Double numericAnswer,
        double tolerance,
        // Specs stored before this existed have no such property: they read as false.
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean reviewByPerson) {

    public static final int TEXT_MAX_LENGTH = 5000;
    /** The longest answer a student can give to a question marked by a person (an essay). */
    public static final int ANSWER_MAX_LENGTH = 10_000;
    /** The width of the title column. */
    public static final int TITLE_MAX_LENGTH = 200;

    public static final int POINTS_MAX = 1000;
    public static final String TRUE = "True";
    public static final String FALSE = "False";

    /*
     * The rules a person can break while writing a question (in the question dialog or a GIFT import)
     * say so in the reader's language; the rest guard against programming errors and stay English.
     */
    public QuestionSpec {
        Objects.requireNonNull(type, "type");
        title = title == null || title.isBlank() ? null : title.strip();
        if (title != null && title.length() > TITLE_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    ConstraintMessages.get("question.title.too-long", String.valueOf(TITLE_MAX_LENGTH)));
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(ConstraintMessages.get("question.text.required"));
        }
        text = text.strip();
        if (text.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    ConstraintMessages.get("question.text.too-long", String.valueOf(TEXT_MAX_LENGTH)));
        }
        if (points < 1 || points > POINTS_MAX) {
            throw new IllegalArgumentException(
                    ConstraintMessages.get("question.points.range", "1", String.valueOf(POINTS_MAX)));
        }
        choices = List.copyOf(choices);
        // Editors hand over one answer per line; blank lines are not answers.
        acceptedAnswers = acceptedAnswers.stream()
                .map(String::strip)
                .filter(answer -> !answer.isEmpty())
                .toList();
        switch (type) {
            case SINGLE_CHOICE -> {
                requireChoices(choices);
                if (correctCount(choices) != 1) {
                    throw new IllegalArgumentException(ConstraintMessages.get("question.single-choice.correct"));
                }
            }
            case MULTIPLE_CHOICE -> {
                requireChoices(choices);
                if (correctCount(choices) < 1) {
                    throw new IllegalArgumentException(ConstraintMessages.get("question.multiple-choice.correct"));
                }
            }
            case TRUE_FALSE -> {
                if (!choices.stream().map(Choice::text).toList().equals(List.of(TRUE, FALSE))
                        || correctCount(choices) != 1) {
                    throw new IllegalArgumentException("A true/false question has the answers " + TRUE + " and " + FALSE
                            + ", exactly one correct");
                }
            }
            case SHORT_ANSWER -> {
                if (acceptedAnswers.isEmpty() && !reviewByPerson) {
                    throw new IllegalArgumentException(ConstraintMessages.get("question.short-answer.accepted"));
                }
            }
            case NUMERIC -> {
                if (numericAnswer == null || !Double.isFinite(numericAnswer)) {
                    throw new IllegalArgumentException(ConstraintMessages.get("question.numeric.answer"));
                }
                if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
                    throw new IllegalArgumentException(ConstraintMessages.get("question.tolerance.negative"));
                }
            }
            // Always marked by a person: stored as such, so readers of the flag need not know the type.
            case ESSAY -> reviewByPerson = true;
        }
        // Leftovers of another type would be stored and later misread, so each type keeps only its own answers.
        boolean choiceType = type == QuestionType.SINGLE_CHOICE
                || type == QuestionType.MULTIPLE_CHOICE
                || type == QuestionType.TRUE_FALSE;
        if (!choiceType && !choices.isEmpty()) {
            throw new IllegalArgumentException("Only choice questions have choices");
        }
        if (type != QuestionType.SHORT_ANSWER && !acceptedAnswers.isEmpty()) {
            throw new IllegalArgumentException("Only short-answer questions have accepted answers");
        }
        if (type != QuestionType.NUMERIC && (numericAnswer != null || tolerance != 0)) {
            throw new IllegalArgumentException("Only numeric questions have a numeric answer and tolerance");
        }
        if (reviewByPerson && type != QuestionType.SHORT_ANSWER && type != QuestionType.ESSAY) {
            throw new IllegalArgumentException("Only essays and short answers are marked by a person");
        }
    }

    /** A question scored on submission (as every question was before essays). */
    public QuestionSpec(
            QuestionType type,
            @Nullable String title,
            String text,
            int points,
            List<Choice> choices,
            List<String> acceptedAnswers,
            boolean caseSensitive,
            @Nullable Double numericAnswer,
            double tolerance) {
        this(type, title, text, points, choices, acceptedAnswers, caseSensitive, numericAnswer, tolerance, false);
    }

    private static void requireChoices(List<Choice> choices) {
        if (choices.size() < 2) {
            throw new IllegalArgumentException(ConstraintMessages.get("question.choices.too-few"));
        }
        Set<String> seen = new HashSet<>();
        for (Choice choice : choices) {
            // Responses name the chosen answer by its text, so two answers with one text could not be told apart.
            if (!seen.add(choice.text())) {
                throw new IllegalArgumentException(ConstraintMessages.get("question.choices.duplicate", choice.text()));
            }
        }
    }

    private static long correctCount(List<Choice> choices) {
        return choices.stream().filter(Choice::correct).count();
    }

    public static QuestionSpec singleChoice(@Nullable String title, String text, List<Choice> choices, int points) {
        return new QuestionSpec(QuestionType.SINGLE_CHOICE, title, text, points, choices, List.of(), false, null, 0);
    }

    public static QuestionSpec singleChoice(String text, List<Choice> choices, int points) {
        return singleChoice(null, text, choices, points);
    }

    public static QuestionSpec multipleChoice(@Nullable String title, String text, List<Choice> choices, int points) {
        return new QuestionSpec(QuestionType.MULTIPLE_CHOICE, title, text, points, choices, List.of(), false, null, 0);
    }

    public static QuestionSpec multipleChoice(String text, List<Choice> choices, int points) {
        return multipleChoice(null, text, choices, points);
    }

    public static QuestionSpec trueFalse(@Nullable String title, String text, boolean answer, int points) {
        return new QuestionSpec(
                QuestionType.TRUE_FALSE,
                title,
                text,
                points,
                List.of(new Choice(TRUE, answer, null), new Choice(FALSE, !answer, null)),
                List.of(),
                false,
                null,
                0);
    }

    public static QuestionSpec trueFalse(String text, boolean answer, int points) {
        return trueFalse(null, text, answer, points);
    }

    public static QuestionSpec shortAnswer(
            @Nullable String title, String text, List<String> accepted, boolean caseSensitive, int points) {
        return new QuestionSpec(
                QuestionType.SHORT_ANSWER, title, text, points, List.of(), accepted, caseSensitive, null, 0);
    }

    public static QuestionSpec shortAnswer(String text, List<String> accepted, boolean caseSensitive, int points) {
        return shortAnswer(null, text, accepted, caseSensitive, points);
    }

    /** A short answer marked by a person; the accepted answers (may be none) guide the marker. */
    public static QuestionSpec shortAnswerForReview(
            @Nullable String title, String text, List<String> accepted, boolean caseSensitive, int points) {
        return new QuestionSpec(
                QuestionType.SHORT_ANSWER, title, text, points, List.of(), accepted, caseSensitive, null, 0, true);
    }

    public static QuestionSpec essay(@Nullable String title, String text, int points) {
        return new QuestionSpec(QuestionType.ESSAY, title, text, points, List.of(), List.of(), false, null, 0, true);
    }

    public static QuestionSpec numeric(
            @Nullable String title, String text, double answer, double tolerance, int points) {
        return new QuestionSpec(
                QuestionType.NUMERIC, title, text, points, List.of(), List.of(), false, answer, tolerance);
    }

    public static QuestionSpec numeric(String text, double answer, double tolerance, int points) {
        return numeric(null, text, answer, tolerance, points);
    }

    /** Whether a person marks the answers (an essay, a short answer flagged for review): never scored here. */
    public boolean markedByPerson() {
        return reviewByPerson;
    }

    /**
     * The fraction of this question's points that a response earns: 1 or 0, as no type gives partial credit.
     * Choice questions are answered with the texts of the chosen answers, the others with one typed answer;
     * blank entries are ignored and anything malformed earns 0. A question {@link #markedByPerson() marked by a
     * person} earns 0 here: its points come from the person's mark.
     */
    public double score(List<String> response) {
        if (markedByPerson()) {
            return 0;
        }
        List<String> given = response.stream()
                .map(String::strip)
                .filter(answer -> !answer.isEmpty())
                .toList();
        boolean right = switch (type) {
            case SINGLE_CHOICE, TRUE_FALSE ->
                given.size() == 1
                        && choices.stream()
                                .anyMatch(choice ->
                                        choice.correct() && choice.text().equals(given.getFirst()));
            case MULTIPLE_CHOICE ->
                given.size() == Set.copyOf(given).size()
                        && Set.copyOf(given)
                                .equals(choices.stream()
                                        .filter(Choice::correct)
                                        .map(Choice::text)
                                        .collect(Collectors.toSet()));
            case SHORT_ANSWER ->
                given.size() == 1
                        && acceptedAnswers.stream()
                                .anyMatch(accepted -> caseSensitive
                                        ? accepted.equals(given.getFirst())
                                        : accepted.equalsIgnoreCase(given.getFirst()));
            case NUMERIC ->
                given.size() == 1
                        && Decimals.parse(given.getFirst()).stream()
                                .anyMatch(value -> Math.abs(value - Objects.requireNonNull(numericAnswer)) <= slack());
            case ESSAY -> false;
        };
        return right ? 1 : 0;
    }

    /**
     * The answers that earn the points, as a student would read them: the correct choices, the
     * accepted answers, the number with its tolerance ("3.14 ± 0.01"). For a review after an attempt,
     * and only when the quiz's review setting shows correct answers.
     */
    public List<String> correctAnswers() {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE ->
                choices.stream().filter(Choice::correct).map(Choice::text).toList();
            case SHORT_ANSWER -> acceptedAnswers;
            case ESSAY -> List.of();
            case NUMERIC -> {
                String answer = plain(Objects.requireNonNull(numericAnswer));
                yield List.of(tolerance == 0 ? answer : answer + " ± " + plain(tolerance));
            }
        };
    }

    /** What the question's author wrote for the choices in a response (none for typed answers). */
    public List<String> feedback(List<String> response) {
        Set<String> given = response.stream().map(String::strip).collect(Collectors.toSet());
        return choices.stream()
                .filter(choice -> given.contains(choice.text()) && choice.feedback() != null)
                .map(Choice::feedback)
                .toList();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The tolerance plus a rounding allowance, so that 3.15 counts for 3.14 ± 0.01 despite binary fractions. */
    private double slack() {
        return tolerance + 1e-9 * Math.max(1, Math.abs(Objects.requireNonNull(numericAnswer)));
    }
}
