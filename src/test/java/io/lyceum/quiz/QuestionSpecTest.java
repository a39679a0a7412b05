package io.lyceum.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class QuestionSpecTest {

    static final List<Choice> ONE_RIGHT = List.of(new Choice("Rome", true, null), new Choice("Milan", false, null));

    @Test
    void single_choice_scores_only_the_correct_answer_alone() {
        var question = QuestionSpec.singleChoice(
                "Capital of Italy?",
                List.of(
                        new Choice("Rome", true, "Yes"),
                        new Choice("Milan", false, null),
                        new Choice("Turin", false, null)),
                2);

        assertThat(question.score(List.of("Rome"))).isEqualTo(1);
        assertThat(question.score(List.of(" Rome ", ""))).isEqualTo(1);
        assertThat(question.score(List.of("Milan"))).isZero();
        assertThat(question.score(List.of("rome"))).isZero();
        assertThat(question.score(List.of("Rome", "Milan"))).isZero();
        assertThat(question.score(List.of("Paris"))).isZero();
        assertThat(question.score(List.of())).isZero();
    }

    @Test
    void multiple_choice_scores_all_or_nothing_on_exactly_the_correct_set() {
        var question = QuestionSpec.multipleChoice(
                "Primes?",
                List.of(new Choice("2", true, null), new Choice("3", true, null), new Choice("4", false, null)),
                1);

        assertThat(question.score(List.of("3", "2"))).isEqualTo(1);
        assertThat(question.score(List.of("2"))).isZero();
        assertThat(question.score(List.of("2", "3", "4"))).isZero();
        assertThat(question.score(List.of("2", "2", "3"))).isZero();
        assertThat(question.score(List.of("2", "3", "5"))).isZero();
        assertThat(question.score(List.of())).isZero();
    }

    @Test
    void true_false_is_two_choices_true_and_false_with_one_correct() {
        var question = QuestionSpec.trueFalse("The Earth is round.", true, 1);

        assertThat(question.choices())
                .extracting(Choice::text, Choice::correct)
                .containsExactly(tuple("True", true), tuple("False", false));
        assertThat(question.score(List.of(QuestionSpec.TRUE))).isEqualTo(1);
        assertThat(question.score(List.of(QuestionSpec.FALSE))).isZero();
        assertThat(question.score(List.of("true"))).isZero();
        assertThat(question.score(List.of(QuestionSpec.TRUE, QuestionSpec.FALSE)))
                .isZero();
        assertThat(QuestionSpec.trueFalse("The Earth is flat.", false, 1).score(List.of(QuestionSpec.FALSE)))
                .isEqualTo(1);
    }

    @Test
    void short_answer_matches_any_accepted_answer_trimmed_with_its_case_rule() {
        var anyCase = QuestionSpec.shortAnswer("Capital of France?", List.of("Paris", "Paname"), false, 1);
        var exactCase = QuestionSpec.shortAnswer("Symbol of sodium?", List.of("Na"), true, 1);

        assertThat(anyCase.score(List.of("  paris "))).isEqualTo(1);
        assertThat(anyCase.score(List.of("PANAME"))).isEqualTo(1);
        assertThat(anyCase.score(List.of("Lyon"))).isZero();
        assertThat(anyCase.score(List.of("Paris", "Lyon"))).isZero();
        assertThat(anyCase.score(List.of("  "))).isZero();
        assertThat(exactCase.score(List.of("Na "))).isEqualTo(1);
        assertThat(exactCase.score(List.of("NA"))).isZero();
    }

    @Test
    void numeric_accepts_a_comma_or_a_point_within_the_tolerance_bounds_included() {
        var pi = QuestionSpec.numeric("Pi to two decimals?", 3.14, 0.01, 1);

        assertThat(pi.score(List.of("3.14"))).isEqualTo(1);
        assertThat(pi.score(List.of("3,145"))).isEqualTo(1);
        assertThat(pi.score(List.of("3.15"))).isEqualTo(1);
        assertThat(pi.score(List.of("3.13"))).isEqualTo(1);
        assertThat(pi.score(List.of(" +3.14e0 "))).isEqualTo(1);
        assertThat(pi.score(List.of("3.151"))).isZero();
        assertThat(pi.score(List.of("-3.14"))).isZero();
        assertThat(QuestionSpec.numeric("Legs of a spider?", 8, 0, 1).score(List.of("8")))
                .isEqualTo(1);
        assertThat(QuestionSpec.numeric("Legs of a spider?", 8, 0, 1).score(List.of("8.0001")))
                .isZero();
    }

    @Test
    void numeric_gives_nothing_for_a_response_that_is_not_one_plain_number() {
        var two = QuestionSpec.numeric("Two?", 2, 0.5, 1);

        for (List<String> response : List.<List<String>>of(
                List.of(),
                List.of(""),
                List.of("two"),
                List.of("2", "2"),
                List.of("2f"),
                List.of("0x2"),
                List.of("NaN"),
                List.of("Infinity"),
                List.of("1,000.5"),
                List.of("2 apples"))) {
            assertThat(two.score(response)).as("%s", response).isZero();
        }
    }

    @Test
    void factories_without_a_title_are_the_ones_with_a_null_title() {
        assertThat(QuestionSpec.singleChoice("Q", ONE_RIGHT, 1))
                .isEqualTo(QuestionSpec.singleChoice(null, "Q", ONE_RIGHT, 1));
        assertThat(QuestionSpec.multipleChoice("Q", ONE_RIGHT, 1))
                .isEqualTo(QuestionSpec.multipleChoice(null, "Q", ONE_RIGHT, 1));
        assertThat(QuestionSpec.trueFalse("Q", true, 1)).isEqualTo(QuestionSpec.trueFalse(null, "Q", true, 1));
        assertThat(QuestionSpec.shortAnswer("Q", List.of("a"), true, 1))
                .isEqualTo(QuestionSpec.shortAnswer(null, "Q", List.of("a"), true, 1));
        assertThat(QuestionSpec.numeric("Q", 1, 0, 1)).isEqualTo(QuestionSpec.numeric(null, "Q", 1, 0, 1));
    }

    @Test
    void text_title_answers_and_feedback_are_stripped_and_blank_ones_dropped() {
        var question = QuestionSpec.shortAnswer("  ", "  Q?  ", List.of(" a ", "", "  ", "b"), false, 1);

        assertThat(question.title()).isNull();
        assertThat(question.text()).isEqualTo("Q?");
        assertThat(question.acceptedAnswers()).containsExactly("a", "b");
        assertThat(new Choice("  x ", false, "  ")).isEqualTo(new Choice("x", false, null));
        assertThat(new Choice("x", false, " Why ").feedback()).isEqualTo("Why");
    }

    @Test
    void the_lists_are_copied_so_the_question_cannot_change_afterwards() {
        var choices = new ArrayList<>(ONE_RIGHT);
        var question = QuestionSpec.singleChoice("Q", choices, 1);
        choices.add(new Choice("Turin", false, null));

        assertThat(question.choices()).hasSize(2);
        assertThatThrownBy(() -> question.choices().add(new Choice("Naples", false, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> question.acceptedAnswers().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_limits_themselves_are_allowed() {
        assertThat(QuestionSpec.trueFalse("t".repeat(200), "q".repeat(5000), true, 1000)
                        .points())
                .isEqualTo(1000);
        assertThat(QuestionSpec.trueFalse("Q", true, 1).points()).isEqualTo(1);
        assertThat(QuestionSpec.numeric("Q", -1.5, 0, 1).numericAnswer()).isEqualTo(-1.5);
    }

    static Stream<Arguments> invalid() {
        List<Choice> noneRight = List.of(new Choice("a", false, null), new Choice("b", false, null));
        List<Choice> twoRight = List.of(new Choice("a", true, null), new Choice("b", true, null));
        List<Choice> alone = List.of(new Choice("a", true, null));
        List<Choice> twins = List.of(new Choice("a", true, null), new Choice(" a", false, null));
        return Stream.of(
                invalid("blank text", () -> QuestionSpec.trueFalse(" \n", true, 1), "A question needs text"),
                invalid(
                        "text too long",
                        () -> QuestionSpec.trueFalse("q".repeat(5001), true, 1),
                        "A question may have at most 5000 characters"),
                invalid(
                        "title too long",
                        () -> QuestionSpec.trueFalse("t".repeat(201), "Q", true, 1),
                        "A title may have at most 200 characters"),
                invalid("no points", () -> QuestionSpec.trueFalse("Q", true, 0), "Points go from 1 to 1000"),
                invalid("too many points", () -> QuestionSpec.trueFalse("Q", true, 1001), "Points go from 1 to 1000"),
                invalid("blank choice", () -> new Choice(" ", true, null), "An answer needs text"),
                invalid(
                        "single choice alone",
                        () -> QuestionSpec.singleChoice("Q", alone, 1),
                        "A choice question needs at least two answers"),
                invalid(
                        "single choice none right",
                        () -> QuestionSpec.singleChoice("Q", noneRight, 1),
                        "A single-choice question needs exactly one correct answer"),
                invalid(
                        "single choice two right",
                        () -> QuestionSpec.singleChoice("Q", twoRight, 1),
                        "A single-choice question needs exactly one correct answer"),
                invalid(
                        "twin answers",
                        () -> QuestionSpec.singleChoice("Q", twins, 1),
                        "Two answers have the same text: a"),
                invalid(
                        "multiple choice alone",
                        () -> QuestionSpec.multipleChoice("Q", alone, 1),
                        "A choice question needs at least two answers"),
                invalid(
                        "multiple choice none right",
                        () -> QuestionSpec.multipleChoice("Q", noneRight, 1),
                        "A multiple-choice question needs at least one correct answer"),
                invalid(
                        "true/false with other choices",
                        () -> new QuestionSpec(
                                QuestionType.TRUE_FALSE, null, "Q", 1, twoRight, List.of(), false, null, 0),
                        "A true/false question has the answers True and " + "False, exactly one correct"),
                invalid(
                        "true/false both right",
                        () -> new QuestionSpec(
                                QuestionType.TRUE_FALSE,
                                null,
                                "Q",
                                1,
                                List.of(new Choice("True", true, null), new Choice("False", true, null)),
                                List.of(),
                                false,
                                null,
                                0),
                        "A true/false question has the answers True and False, exactly one correct"),
                invalid(
                        "short answer without answers",
                        () -> QuestionSpec.shortAnswer("Q", List.of(" ", ""), false, 1),
                        "A short-answer question needs an accepted answer"),
                invalid(
                        "numeric without answer",
                        () -> new QuestionSpec(
                                QuestionType.NUMERIC, null, "Q", 1, List.of(), List.of(), false, null, 0),
                        "A numeric question needs its answer"),
                invalid(
                        "numeric NaN",
                        () -> QuestionSpec.numeric("Q", Double.NaN, 0, 1),
                        "A numeric question needs its answer"),
                invalid(
                        "numeric infinite",
                        () -> QuestionSpec.numeric("Q", Double.POSITIVE_INFINITY, 0, 1),
                        "A numeric question needs its answer"),
                invalid(
                        "negative tolerance",
                        () -> QuestionSpec.numeric("Q", 1, -0.1, 1),
                        "The tolerance cannot be negative"),
                invalid(
                        "NaN tolerance",
                        () -> QuestionSpec.numeric("Q", 1, Double.NaN, 1),
                        "The tolerance cannot be negative"),
                invalid(
                        "short answer with choices",
                        () -> new QuestionSpec(
                                QuestionType.SHORT_ANSWER, null, "Q", 1, ONE_RIGHT, List.of("a"), false, null, 0),
                        "Only choice questions have choices"),
                invalid(
                        "choice with accepted answers",
                        () -> new QuestionSpec(
                                QuestionType.SINGLE_CHOICE, null, "Q", 1, ONE_RIGHT, List.of("a"), false, null, 0),
                        "Only short-answer questions have accepted answers"),
                invalid(
                        "choice with a number",
                        () -> new QuestionSpec(
                                QuestionType.SINGLE_CHOICE, null, "Q", 1, ONE_RIGHT, List.of(), false, 2.0, 0),
                        "Only numeric questions have a numeric answer and tolerance"),
                invalid(
                        "short answer with a tolerance",
                        () -> new QuestionSpec(
                                QuestionType.SHORT_ANSWER, null, "Q", 1, List.of(), List.of("a"), false, null, 0.5),
                        "Only numeric questions have a numeric answer and tolerance"));
    }

    static Arguments invalid(String rule, ThrowingCallable build, String message) {
        return Arguments.of(rule, build, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void a_question_breaking_a_rule_is_refused_with_the_rule(String rule, ThrowingCallable build, String message) {
        assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void a_review_names_the_correct_answers_as_a_student_reads_them() {
        var choices = List.of(
                new Choice("Paris", true, "Right."),
                new Choice("Rome", false, "That is Italy's."),
                new Choice("Lyon", false, null));
        assertThat(QuestionSpec.singleChoice("Capital?", choices, 1).correctAnswers())
                .containsExactly("Paris");
        assertThat(QuestionSpec.trueFalse("Sky blue?", false, 1).correctAnswers())
                .containsExactly("False");
        assertThat(QuestionSpec.shortAnswer("Capital of Canada?", List.of("Ottawa", "ottawa"), false, 1)
                        .correctAnswers())
                .containsExactly("Ottawa", "ottawa");
        assertThat(QuestionSpec.numeric("Pi?", 3.14, 0.01, 1).correctAnswers()).containsExactly("3.14 ± 0.01");
        assertThat(QuestionSpec.numeric("Two plus two?", 4, 0, 1).correctAnswers())
                .containsExactly("4");
    }

    @Test
    void feedback_is_that_of_the_answers_chosen_only() {
        var question = QuestionSpec.multipleChoice(
                "Primes?",
                List.of(
                        new Choice("2", true, "Even and prime."),
                        new Choice("4", false, "Four is 2 × 2."),
                        new Choice("5", true, null)),
                1);
        assertThat(question.feedback(List.of("4", " 5 "))).containsExactly("Four is 2 × 2.");
        assertThat(question.feedback(List.of())).isEmpty();
        assertThat(QuestionSpec.numeric("Pi?", 3.14, 0.01, 1).feedback(List.of("3")))
                .isEmpty();
    }

    @Test
    void essays_and_flagged_short_answers_are_marked_by_a_person_and_never_scored_here() {
        var essay = QuestionSpec.essay(null, "Describe the Moon.", 5);
        assertThat(essay.markedByPerson()).isTrue();
        assertThat(essay.score(List.of("It is round."))).isZero();
        var flagged = QuestionSpec.shortAnswerForReview(null, "Name a poet.", List.of(), false, 2);
        assertThat(flagged.markedByPerson()).isTrue();
        assertThat(flagged.score(List.of("Rilke"))).isZero();
        assertThat(QuestionSpec.shortAnswer("Capital?", List.of("Paris"), false, 1)
                        .markedByPerson())
                .isFalse();
        assertThatThrownBy(() -> new QuestionSpec(
                        QuestionType.ESSAY, null, "Essay?", 1, List.of(), List.of("key"), false, null, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionSpec(
                        QuestionType.NUMERIC, null, "Two?", 1, List.of(), List.of(), false, 2.0, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void questions_stored_before_review_by_a_person_existed_read_as_scored_on_submission() {
        var json = JsonMapper.builder().build();
        QuestionSpec old = json.readValue("""
                {"type":"SHORT_ANSWER","title":null,"text":"Capital?","points":1,"choices":[],
                 "acceptedAnswers":["Paris"],"caseSensitive":false,"numericAnswer":null,"tolerance":0.0}""", QuestionSpec.class);
        assertThat(old).isEqualTo(QuestionSpec.shortAnswer("Capital?", List.of("Paris"), false, 1));
        var essay = QuestionSpec.essay("Moon", "Describe the Moon.", 5);
        assertThat(json.readValue(json.writeValueAsString(essay), QuestionSpec.class))
                .isEqualTo(essay);
    }
}
