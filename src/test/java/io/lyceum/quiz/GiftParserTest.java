package io.lyceum.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GiftParserTest {

    /** A quiz with every supported type, comments, titles, feedback and escapes, and eight broken questions (and an essay). */
    static String everyType() throws IOException {
        try (InputStream in = GiftParserTest.class.getResourceAsStream("/quiz/every-type.gift")) {
            return new String(Objects.requireNonNull(in, "every-type.gift").readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<QuestionSpec> questions(GiftImport result) {
        return result.questions().stream().map(ImportedQuestion::question).toList();
    }

    static QuestionSpec only(String gift) {
        GiftImport result = GiftParser.parse(gift);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst().question();
    }

    static GiftProblem onlyProblem(String gift) {
        GiftImport result = GiftParser.parse(gift);
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().getFirst();
    }

    @Test
    void broken_questions_are_reported_by_line_and_the_rest_are_imported() throws IOException {
        GiftImport result = GiftParser.parse(everyType());

        assertThat(result.questions())
                .extracting(
                        ImportedQuestion::line, imported -> imported.question().type())
                .containsExactly(
                        tuple(5, QuestionType.SINGLE_CHOICE),
                        tuple(12, QuestionType.MULTIPLE_CHOICE),
                        tuple(18, QuestionType.TRUE_FALSE),
                        tuple(20, QuestionType.TRUE_FALSE),
                        tuple(22, QuestionType.SHORT_ANSWER),
                        tuple(25, QuestionType.NUMERIC),
                        tuple(27, QuestionType.NUMERIC),
                        tuple(29, QuestionType.NUMERIC),
                        tuple(31, QuestionType.SINGLE_CHOICE),
                        tuple(43, QuestionType.ESSAY),
                        tuple(58, QuestionType.TRUE_FALSE));
        assertThat(result.problems())
                .containsExactly(
                        new GiftProblem(39, "Line 39: matching questions (->) are not supported"),
                        new GiftProblem(
                                41, "Line 41: missing-word questions (text after the answers) are not supported"),
                        new GiftProblem(45, "Line 45: the { of the answers is never closed with }"),
                        new GiftProblem(47, "Line 47: the question has no answers in { }"),
                        new GiftProblem(49, "Line 49: the choice question has no correct answer (=)"),
                        new GiftProblem(
                                51,
                                "Line 51: single choice question has 2 correct answers (=); "
                                        + "give correct answers weights such as ~%50% instead"),
                        new GiftProblem(53, "Line 53: \"about 4.6\" is not a number"),
                        new GiftProblem(55, "Line 55: two answers have the same text: Mercury"));
    }

    @Test
    void each_imported_question_keeps_its_title_text_answers_and_feedback() throws IOException {
        assertThat(questions(GiftParser.parse(everyType())))
                .containsExactly(
                        QuestionSpec.singleChoice(
                                "Closest star",
                                "What is the star closest to Earth?",
                                List.of(
                                        new Choice(
                                                "The Sun", true, "Right: its light takes about 8 minutes to reach us."),
                                        new Choice(
                                                "Proxima Centauri",
                                                false,
                                                "Closest after the Sun, 4.2 light-years away."),
                                        new Choice("Sirius", false, null)),
                                1),
                        QuestionSpec.multipleChoice(
                                "Gas giants",
                                "Which planets are **gas giants**?",
                                List.of(
                                        new Choice("Jupiter", true, null),
                                        new Choice("Saturn", true, "Yes, despite its rings."),
                                        new Choice("Mars", false, "Mars is rocky.")),
                                1),
                        QuestionSpec.trueFalse("Moonlight", "The Moon shines with its own light.", false, 1),
                        QuestionSpec.trueFalse("Orbit", "The Earth orbits the Sun.", true, 1),
                        QuestionSpec.shortAnswer(
                                "Red planet",
                                "Which planet is called\nthe \"red planet\"?",
                                List.of("Mars", "planet Mars"),
                                false,
                                1),
                        QuestionSpec.numeric(
                                "Sunlight", "How many minutes does sunlight take to reach the Earth?", 8.3, 0.2, 1),
                        QuestionSpec.numeric("How many moons does Mars have?", 2, 0, 1),
                        QuestionSpec.numeric(
                                "Liquid water",
                                "At sea level, name a temperature in °C at which water is liquid.",
                                50,
                                50,
                                1),
                        QuestionSpec.singleChoice(
                                "Escapes: a GIFT lesson",
                                "Which C# statement sets x to 1 in a block { }?",
                                List.of(
                                        new Choice("x = 1;", true, "One = assigns."),
                                        new Choice("x == 1;", false, "That compares."),
                                        new Choice("x ~ 1", false, null),
                                        new Choice("C:\\x", false, null)),
                                1),
                        QuestionSpec.essay("Essay", "Describe the phases of the Moon.", 1),
                        QuestionSpec.trueFalse("Pluto", "Is Pluto a planet?", false, 1));
    }

    @Test
    void a_broken_question_never_stops_the_next_one() {
        GiftImport result = GiftParser.parse("""
                Broken {=a =b ~c}

                Unclosed {=yes ~no

                Good? {T}
                """);

        assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(1, 3);
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(5);
    }

    @Test
    void the_line_is_where_the_question_starts_even_when_the_fault_is_further_down() {
        GiftProblem problem = onlyProblem("""


                // about the Moon
                ::Moon::Which is a moon? {
                  ~Io
                  ~Titan
                }
                """);

        assertThat(problem).isEqualTo(new GiftProblem(4, "Line 4: the choice question has no correct answer (=)"));
    }

    @Test
    void true_false_is_read_from_t_true_f_and_false_in_any_case_with_feedback_dropped() {
        assertThat(only("Q {T}").score(List.of(QuestionSpec.TRUE))).isEqualTo(1);
        assertThat(only("Q {TRUE}").score(List.of(QuestionSpec.TRUE))).isEqualTo(1);
        assertThat(only("Q {true#wrong#right}").score(List.of(QuestionSpec.TRUE)))
                .isEqualTo(1);
        assertThat(only("Q {F}").score(List.of(QuestionSpec.FALSE))).isEqualTo(1);
        assertThat(only("Q { FALSE }").score(List.of(QuestionSpec.FALSE))).isEqualTo(1);
        assertThat(only("Q {f}")).isEqualTo(QuestionSpec.trueFalse("Q", false, 1));
    }

    @Test
    void single_choice_answers_may_span_lines_and_carry_weights_of_100_or_penalties() {
        QuestionSpec question = only("""
                Pick one {
                  =%100%right # well done
                  ~%-50%wrong # minus half in Moodle, simply wrong here
                  ~%0%other
                }""");

        assertThat(question)
                .isEqualTo(QuestionSpec.singleChoice(
                        "Pick one",
                        List.of(
                                new Choice("right", true, "well done"),
                                new Choice("wrong", false, "minus half in Moodle, simply wrong here"),
                                new Choice("other", false, null)),
                        1));
    }

    @Test
    void multiple_choice_takes_positive_weights_as_correct_and_unweighted_answers_as_wrong() {
        QuestionSpec question = only("Primes? {~%33.3%2 ~%33.3%3 ~%33.4%5 ~4 ~%-100%9}");

        assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(question.choices())
                .extracting(Choice::text, Choice::correct)
                .containsExactly(
                        tuple("2", true), tuple("3", true), tuple("5", true), tuple("4", false), tuple("9", false));
    }

    @Test
    void short_answers_are_case_insensitive_as_in_moodle_and_drop_their_feedback() {
        QuestionSpec question = only("Capital of Japan? {=Tokyo#Yes =Tōkyō =%100%Edo}");

        assertThat(question)
                .isEqualTo(QuestionSpec.shortAnswer("Capital of Japan?", List.of("Tokyo", "Tōkyō", "Edo"), false, 1));
        assertThat(question.score(List.of("tokyo"))).isEqualTo(1);
    }

    @Test
    void numeric_answers_come_exact_with_a_tolerance_or_as_a_range() {
        assertThat(only("Pi? {#3.14:0.01}")).isEqualTo(QuestionSpec.numeric("Pi?", 3.14, 0.01, 1));
        assertThat(only("Two? {#2}")).isEqualTo(QuestionSpec.numeric("Two?", 2, 0, 1));
        assertThat(only("Between? {#1..5}")).isEqualTo(QuestionSpec.numeric("Between?", 3, 2, 1));
        assertThat(only("Below zero? {#-5..-1}")).isEqualTo(QuestionSpec.numeric("Below zero?", -3, 2, 1));
        assertThat(only("Comma? {#2,5:0,5}")).isEqualTo(QuestionSpec.numeric("Comma?", 2.5, 0.5, 1));
        assertThat(only("Feedback? {#42 #The answer.}")).isEqualTo(QuestionSpec.numeric("Feedback?", 42, 0, 1));
        assertThat(only("Long form? {#=1822:2#Close enough}"))
                .isEqualTo(QuestionSpec.numeric("Long form?", 1822, 2, 1));
    }

    @Test
    void escapes_are_resolved_and_other_backslashes_are_kept() {
        QuestionSpec question = only("""
                ::a\\:b:: Escaped \\~ \\= \\# \\{ \\} \\: \\\\ and a new\\nline; C:\\temp stays {
                =\\{x\\} \\# y
                ~a\\~b#feedback with \\= and \\#
                }""");

        assertThat(question.title()).isEqualTo("a:b");
        assertThat(question.text()).isEqualTo("Escaped ~ = # { } : \\ and a new\nline; C:\\temp stays");
        assertThat(question.choices())
                .containsExactly(new Choice("{x} # y", true, null), new Choice("a~b", false, "feedback with = and #"));
    }

    @Test
    void format_tags_are_removed_and_the_text_is_kept_as_written() {
        assertThat(only("[markdown]Is **this** bold? {T}").text()).isEqualTo("Is **this** bold?");
        assertThat(only("::T::[html]<p>Is this HTML?</p> {T}").text()).isEqualTo("<p>Is this HTML?</p>");
        assertThat(only("[PLAIN] Plain? {T}").text()).isEqualTo("Plain?");
        assertThat(only("[latex] Unknown tag? {T}").text()).isEqualTo("[latex] Unknown tag?");
    }

    @Test
    void comments_and_categories_belong_to_no_question_and_do_not_split_one() {
        GiftImport result = GiftParser.parse("""
                $CATEGORY: tom
                // header comment
                ::One:: First? {
                // a comment between the answers
                =yes ~no}

                ::Two:: Second? {F}
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(3, 7);
        assertThat(questions(result))
                .containsExactly(
                        QuestionSpec.singleChoice(
                                "One",
                                "First?",
                                List.of(new Choice("yes", true, null), new Choice("no", false, null)),
                                1),
                        QuestionSpec.trueFalse("Two", "Second?", false, 1));
        assertThat(GiftParser.parse("// only\n// comments\n$CATEGORY: x\n").questions())
                .isEmpty();
    }

    @Test
    void only_a_blank_line_separates_questions_and_a_missing_one_is_explained() {
        GiftProblem problem = onlyProblem("A? {T}\n// not a separator\nB? {F}\n");

        assertThat(problem.message())
                .isEqualTo("Line 1: a question can have only one { } of answers; separate questions with a blank line");
    }

    @Test
    void general_feedback_is_dropped() {
        assertThat(only("Q {=a ~b ####Read chapter 2.}").choices())
                .extracting(Choice::text)
                .containsExactly("a", "b");
        assertThat(only("N {#4####Two plus two.}")).isEqualTo(QuestionSpec.numeric("N", 4, 0, 1));
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_do_not_shift_lines() {
        GiftImport result = GiftParser.parse("\uFEFF// c\r\nA? {T}\r\n\r\nB? {~x ~y}\r\n\r\nC? {F}");

        assertThat(result.questions()).extracting(ImportedQuestion::line).containsExactly(2, 6);
        assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(4);
    }

    @Test
    void empty_answers_make_an_essay_that_a_person_marks() {
        QuestionSpec essay = only("::Moon:: Describe the phases of the Moon. {}");
        assertThat(essay.type()).isEqualTo(QuestionType.ESSAY);
        assertThat(essay.title()).isEqualTo("Moon");
        assertThat(essay.text()).isEqualTo("Describe the phases of the Moon.");
        assertThat(essay.points()).isEqualTo(1);
        assertThat(essay.markedByPerson()).isTrue();
        assertThat(essay.choices()).isEmpty();
        assertThat(essay.acceptedAnswers()).isEmpty();
        assertThat(essay.correctAnswers()).isEmpty();
        assertThat(essay.score(List.of("Whatever I write"))).isZero();
        // General feedback has nowhere to go; the essay is imported all the same.
        assertThat(only("Explain tides. {####Be brief.}").type()).isEqualTo(QuestionType.ESSAY);
        assertThat(only("Explain tides. {  }").type()).isEqualTo(QuestionType.ESSAY);
    }

    @Test
    void empty_text_imports_nothing() {
        assertThat(GiftParser.parse("")).isEqualTo(new GiftImport(List.of(), List.of()));
        assertThat(GiftParser.parse(" \n\n\t\n")).isEqualTo(new GiftImport(List.of(), List.of()));
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("Match {=a -> 1 =b -> 2}", "matching questions (->) are not supported"),
                Arguments.of(
                        "The {=cat ~dog} sat on the mat.",
                        "missing-word questions (text after the answers) are not supported"),
                Arguments.of("Unclosed {=a ~b", "the { of the answers is never closed with }"),
                Arguments.of("Stray } here {=a ~b}", "a } closes nothing (write \\} for a brace in the text)"),
                Arguments.of("Twice {=a ~b} }", "a } closes nothing (write \\} for a brace in the text)"),
                Arguments.of("Nested {=a {b} ~c}", "a { inside the answers (write \\{ for a brace in an answer)"),
                Arguments.of(
                        "Two blocks {=a ~b} {=c ~d}",
                        "a question can have only one { } of answers; separate questions with a blank line"),
                Arguments.of("::Just a title::", "the question has no answers in { }"),
                Arguments.of("A description only.", "the question has no answers in { }"),
                Arguments.of("::Open title {T}", "the title's :: is never closed with ::"),
                Arguments.of("{=a ~b}", "the question has no text before its answers"),
                Arguments.of("::Title only:: {T}", "the question has no text before its answers"),
                Arguments.of("Q {yes}", "the answers must start with = (a right answer) or ~ (a wrong answer)"),
                Arguments.of("Q {~a ~b}", "the choice question has no correct answer (=)"),
                Arguments.of("Q {~%-50%a ~%0%b}", "the choice question has no correct answer (=)"),
                Arguments.of(
                        "Q {=a =b ~c}",
                        "single choice question has 2 correct answers (=); "
                                + "give correct answers weights such as ~%50% instead"),
                Arguments.of("Q {=%50%a ~b}", "partial credit in a single choice question is not supported"),
                Arguments.of("Q {=a ~%50%b}", "partial credit in a single choice question is not supported"),
                Arguments.of("Q {=a =%50%b}", "short answers with partial credit (=%50%) are not supported"),
                Arguments.of("Q {~%abc%a ~b}", "%abc% is not a weight such as %50%"),
                Arguments.of("Q {~%50 a ~b}", "the weight %50 a is never closed with %"),
                Arguments.of("Q {~%150%a ~b}", "the weight %150% is not between -100% and 100%"),
                Arguments.of("Q {=a ~}", "an answer after ~ is empty"),
                Arguments.of("Q {=#feedback only ~b}", "an answer after = is empty"),
                Arguments.of("Q {~%100%only}", "a choice question needs at least two answers"),
                Arguments.of("Q {=same ~same}", "two answers have the same text: same"),
                Arguments.of("N {#abc}", "\"abc\" is not a number"),
                Arguments.of("N {#3.14:a bit}", "\"a bit\" is not a number"),
                Arguments.of("N {#NaN}", "\"NaN\" is not a number"),
                Arguments.of("N {#1..x}", "\"x\" is not a number"),
                Arguments.of("N {#5..1}", "the range 5..1 ends before it starts"),
                Arguments.of("N {#3:-1}", "the tolerance cannot be negative"),
                Arguments.of("N {#}", "the numeric answer after # is missing"),
                Arguments.of(
                        "N {#=1:0 =%50%2:0}",
                        "numeric questions with several or partly right answers are not supported"),
                Arguments.of("::" + "t".repeat(201) + ":: Q {T}", "a title may have at most 200 characters"),
                Arguments.of("x".repeat(5001) + " {T}", "a question may have at most 5000 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void each_unsupported_or_broken_question_is_reported_with_a_reason(String gift, String reason) {
        assertThat(onlyProblem(gift)).isEqualTo(new GiftProblem(1, "Line 1: " + reason));
    }
}
