package io.lyceum.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

class GiftParserTest {

    static String sample() throws IOException {
        try (var in = GiftParserTest.class.getResourceAsStream("/quiz/sample.gift")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_supported_type_is_imported_and_each_broken_question_is_reported_by_line() throws IOException {
        GiftImport result = GiftParser.parse(sample());

        assertThat(result.questions()).extracting(q -> q.question().type()).containsExactly(
                QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER, QuestionType.NUMERIC, QuestionType.NUMERIC,
                QuestionType.NUMERIC, QuestionType.SINGLE_CHOICE);
        assertThat(result.questions()).extracting(ImportedQuestion::line)
                .containsExactly(4, 10, 12, 14, 16, 18, 20, 22, 24);

        assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(27, 29, 31, 33, 35, 37, 39);
        assertThat(result.problems()).extracting(GiftProblem::message).containsExactly(
                "Line 27: matching questions are not supported",
                "Line 29: essay questions (empty answers) are not supported",
                "Line 31: missing-word questions (text after the answers) are not supported",
                "Line 33: the choice question has no correct answer (=)",
                "Line 35: \"abc\" is not a number",
                "Line 37: the answers' { is never closed with }",
                "Line 39: the question has no answers in { }");
    }

    @Test
    void titles_feedback_weights_and_escapes_are_read() throws IOException {
        List<QuestionSpec> questions = GiftParser.parse(sample()).questions().stream()
                .map(ImportedQuestion::question).toList();

        QuestionSpec capital = questions.get(0);
        assertThat(capital.title()).isEqualTo("Capital of France");
        assertThat(capital.text()).isEqualTo("What is the capital of France?");
        assertThat(capital.choices()).containsExactly(new Choice("Paris", true, "Correct!"),
                new Choice("London", false, "That is the UK."), new Choice("Rome", false, null));

        QuestionSpec primes = questions.get(1);
        assertThat(primes.text()).isEqualTo("Which of these numbers are **prime**?");
        assertThat(primes.choices()).extracting(Choice::text, Choice::correct)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", true),
                        org.assertj.core.groups.Tuple.tuple("3", true),
                        org.assertj.core.groups.Tuple.tuple("4", false));

        assertThat(questions.get(2).score(List.of(QuestionSpec.TRUE))).isEqualTo(1);
        assertThat(questions.get(3).score(List.of(QuestionSpec.FALSE))).isEqualTo(1);
        assertThat(questions.get(3).choices().get(1).correct()).isTrue();
        assertThat(questions.get(4).acceptedAnswers()).containsExactly("Shakespeare", "William Shakespeare");

        assertThat(questions.get(5).numericAnswer()).isEqualTo(3.14);
        assertThat(questions.get(5).tolerance()).isEqualTo(0.005);
        assertThat(questions.get(6).tolerance()).isZero();
        assertThat(questions.get(7).numericAnswer()).isEqualTo(3.0);
        assertThat(questions.get(7).tolerance()).isEqualTo(2.0);

        QuestionSpec escaped = questions.get(8);
        assertThat(escaped.text()).isEqualTo("Escapes {work} = here: yes.");
        assertThat(escaped.choices()).extracting(Choice::text).containsExactly("a = b", "c ~ d");
    }

    @Test
    void a_broken_question_never_stops_the_next_one() {
        GiftImport result = GiftParser.parse("Broken {=a =b ~c}\n\nGood? {T}\n");
        assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(1);
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(3);
    }

    @Test
    void scoring_follows_each_type() {
        var single = QuestionSpec.singleChoice(null, "Q", List.of(new Choice("a", true, null),
                new Choice("b", false, null)), 2);
        assertThat(single.score(List.of("a"))).isEqualTo(1);
        assertThat(single.score(List.of("b"))).isZero();
        assertThat(single.score(List.of("a", "b"))).isZero();

        var multiple = QuestionSpec.multipleChoice(null, "Q", List.of(new Choice("a", true, null),
                new Choice("b", true, null), new Choice("c", false, null)), 1);
        assertThat(multiple.score(List.of("b", "a"))).isEqualTo(1);
        assertThat(multiple.score(List.of("a"))).isZero();
        assertThat(multiple.score(List.of("a", "b", "c"))).isZero();

        var shortAnswer = QuestionSpec.shortAnswer(null, "Q", List.of("Paris"), false, 1);
        assertThat(shortAnswer.score(List.of(" paris "))).isEqualTo(1);
        assertThat(QuestionSpec.shortAnswer(null, "Q", List.of("Paris"), true, 1).score(List.of("paris")))
                .isZero();

        var numeric = QuestionSpec.numeric(null, "Q", 3.14, 0.01, 1);
        assertThat(numeric.score(List.of("3,145"))).isEqualTo(1);
        assertThat(numeric.score(List.of("3.2"))).isZero();
        assertThat(numeric.score(List.of("pi"))).isZero();
        assertThat(numeric.score(List.of())).isZero();
    }

    @Test
    void invalid_questions_are_refused_when_built() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuestionSpec.singleChoice(null, "Q",
                List.of(new Choice("a", true, null), new Choice("b", true, null)), 1))
                .hasMessageContaining("exactly one correct");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuestionSpec.numeric(null, "Q", 1, -1, 1))
                .hasMessageContaining("tolerance");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuestionSpec.shortAnswer(null, " ", List.of("x"),
                false, 1)).hasMessageContaining("text");
    }
}
