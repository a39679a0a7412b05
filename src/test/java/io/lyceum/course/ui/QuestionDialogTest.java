package io.lyceum.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuestionType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writing a question of each type in the quiz editor's dialog. */
class QuestionDialogTest {

    final List<QuestionSpec> saved = new ArrayList<>();
    QuestionDialog dialog;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        dialog = new QuestionDialog(saved::add);
        dialog.open();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void a_single_choice_question_marks_its_correct_answer_with_a_star() {
        _setValue(dialog.text, "Capital of Italy?");
        _setValue(dialog.points, 3);
        _setValue(dialog.choices, "*Rome\nMilan\n\nTurin");
        dialog.save.click();
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().points()).isEqualTo(3);
        assertThat(saved.getFirst().score(List.of("Rome"))).isEqualTo(1);
        assertThat(saved.getFirst().choices()).hasSize(3);
    }

    @Test
    void each_type_builds_its_question() {
        _setValue(dialog.text, "Q");
        _setValue(dialog.type, QuestionType.SHORT_ANSWER);
        _setValue(dialog.accepted, "Paris\nparis city");
        _setValue(dialog.caseSensitive, true);
        assertThat(dialog.spec().caseSensitive()).isTrue();
        assertThat(dialog.spec().acceptedAnswers()).containsExactly("Paris", "paris city");

        _setValue(dialog.type, QuestionType.NUMERIC);
        _setValue(dialog.answer, 9.81);
        _setValue(dialog.tolerance, 0.01);
        assertThat(dialog.spec().score(List.of("9.8"))).isEqualTo(1);

        _setValue(dialog.type, QuestionType.TRUE_FALSE);
        _setValue(dialog.truth, false);
        assertThat(dialog.spec().score(List.of(QuestionSpec.FALSE))).isEqualTo(1);

        _setValue(dialog.type, QuestionType.MULTIPLE_CHOICE);
        _setValue(dialog.choices, "*a\n*b\nc");
        assertThat(dialog.spec().score(List.of("a", "b"))).isEqualTo(1);
    }

    @Test
    void an_essay_has_only_text_and_points_and_a_short_answer_can_be_left_to_a_person() {
        _setValue(dialog.type, QuestionType.ESSAY);
        assertThat(dialog.choices.isVisible()).isFalse();
        assertThat(dialog.accepted.isVisible()).isFalse();
        assertThat(dialog.reviewByPerson.isVisible()).isFalse();
        _setValue(dialog.text, "Describe the phases of the Moon.");
        _setValue(dialog.points, 5);
        dialog.save.click();
        assertThat(saved).containsExactly(QuestionSpec.essay(null, "Describe the phases of the Moon.", 5));

        _setValue(dialog.type, QuestionType.SHORT_ANSWER);
        assertThat(dialog.reviewByPerson.isVisible()).isTrue();
        _setValue(dialog.reviewByPerson, true);
        // The marker needs no answer key: the accepted answers may stay empty.
        assertThat(dialog.spec().markedByPerson()).isTrue();
        assertThat(dialog.spec().acceptedAnswers()).isEmpty();
        _setValue(dialog.reviewByPerson, false);
        assertThatThrownBy(() -> dialog.spec()).hasMessageContaining("accepted answer");
    }

    @Test
    void an_invalid_question_shows_the_rule_it_breaks_and_is_not_saved() {
        _setValue(dialog.text, "Which?");
        _setValue(dialog.choices, "a\nb");
        dialog.save.click();
        assertThat(saved).isEmpty();
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).contains("exactly one correct answer");
        _setValue(dialog.type, QuestionType.NUMERIC);
        assertThatThrownBy(() -> dialog.spec()).hasMessageContaining("needs its answer");
    }
}
