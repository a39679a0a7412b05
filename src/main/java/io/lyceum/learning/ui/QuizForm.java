package io.lyceum.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.Toast;
import io.lyceum.learning.EnrollmentException;
import io.lyceum.learning.EnrollmentSummary;
import io.lyceum.learning.MyAttempt;
import io.lyceum.learning.QuizResult;
import io.lyceum.learning.QuizTaking;
import io.lyceum.learning.ReviewedAnswer;
import io.lyceum.learning.StudentQuestion;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Taking a quiz: one input per question, submit, the score and what is left, and under each question
 * its review as far as the quiz's review setting allows (right or wrong, feedback, correct answers).
 * Nothing of the answers is on the page before an attempt is submitted.
 *
 * <p>Essays (and short answers the instructor marks) wait for a person: the result says so instead of
 * a final pass or fail, and the learner's attempts list shows the points and feedback of each answer
 * once marked.
 */
class QuizForm extends Composite<VerticalLayout> {

    final Map<Integer, Supplier<List<String>>> inputs = new HashMap<>();
    final Button submit = new Button(getTranslation("quiz.form.submit"));
    final Paragraph result = new Paragraph();
    final List<Component> fields = new ArrayList<>();
    /** Each question's review of the last attempt, by question index; empty until one is submitted. */
    final Map<Integer, Div> reviews = new HashMap<>();
    /** The learner's attempts with answers marked by a person: waiting, or marked with points and feedback. */
    final Div attempts = new Div();

    QuizForm(QuizTaking quizzes, long courseId, long moduleId, Consumer<EnrollmentSummary> onResult) {
        var layout = getContent();
        layout.setPadding(false);
        var questionIndexes = new ArrayList<Integer>();
        for (StudentQuestion question : quizzes.quiz(courseId, moduleId)) {
            questionIndexes.add(question.index());
            String label =
                    getTranslation("quiz.form.question", question.index() + 1, question.text(), question.points());
            switch (question.type()) {
                case SINGLE_CHOICE, TRUE_FALSE -> {
                    var group = new RadioButtonGroup<String>(label);
                    group.setItems(question.options());
                    if (question.type() == QuestionType.TRUE_FALSE) {
                        // Stored as "True"/"False"; read in the student's language.
                        group.setItemLabelGenerator(option -> getTranslation(
                                QuestionSpec.TRUE.equals(option) ? "question-dialog.true" : "question-dialog.false"));
                    }
                    inputs.put(
                            question.index(), () -> group.getValue() == null ? List.of() : List.of(group.getValue()));
                    fields.add(group);
                }
                case MULTIPLE_CHOICE -> {
                    var group = new CheckboxGroup<String>(label);
                    group.setItems(question.options());
                    inputs.put(question.index(), () -> List.copyOf(group.getValue()));
                    fields.add(group);
                }
                case SHORT_ANSWER, NUMERIC -> {
                    var field = new TextField(label);
                    field.setWidthFull();
                    field.setMaxLength(QuestionSpec.ANSWER_MAX_LENGTH);
                    if (question.markedByPerson()) {
                        field.setHelperText(getTranslation("quiz.form.marked-by-instructor"));
                    }
                    inputs.put(question.index(), () -> List.of(field.getValue()));
                    fields.add(field);
                }
                case ESSAY -> {
                    var area = new TextArea(label);
                    area.setWidthFull();
                    area.setMaxLength(QuestionSpec.ANSWER_MAX_LENGTH);
                    area.setValueChangeMode(ValueChangeMode.LAZY);
                    area.setHelperText(essayHelp(0));
                    area.addValueChangeListener(change ->
                            area.setHelperText(essayHelp(change.getValue().length())));
                    inputs.put(question.index(), () -> List.of(area.getValue()));
                    fields.add(area);
                }
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            var review = new Div();
            review.addClassName("quiz-review");
            review.setVisible(false);
            reviews.put(questionIndexes.get(i), review);
            layout.add(fields.get(i), review);
        }
        result.getElement().setAttribute("role", "status");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            var answers = new HashMap<Integer, List<String>>();
            inputs.forEach((index, input) -> answers.put(index, input.get()));
            try {
                QuizResult outcome = quizzes.submitQuiz(courseId, moduleId, answers);
                result.setText(summary(outcome));
                showReview(outcome.review(), outcome.waiting());
                showAttempts(quizzes.myAttempts(courseId, moduleId));
                submit.setEnabled(outcome.attemptsLeft() == null || outcome.attemptsLeft() > 0);
                onResult.accept(outcome.enrollment());
            } catch (EnrollmentException e) {
                submit.setEnabled(false);
                Toast.error(e.getMessage());
            }
        });
        attempts.addClassName("quiz-attempts");
        layout.add(submit, result, attempts);
        showAttempts(quizzes.myAttempts(courseId, moduleId));
    }

    private String essayHelp(int length) {
        return getTranslation("quiz.form.essay-length", length, QuestionSpec.ANSWER_MAX_LENGTH);
    }

    /** "Score: 50 % (not passed; 80 % needed). Best: 50 %. Attempts left: 1. 1 of 2 questions answered correctly." */
    private String summary(QuizResult outcome) {
        // While answers wait for the instructor a score below the passing one is no failure yet.
        var text = new StringBuilder(
                outcome.pendingReview() && !outcome.passed()
                        ? getTranslation(
                                "quiz.form.score-so-far",
                                outcome.score().stripTrailingZeros(),
                                outcome.best().stripTrailingZeros())
                        : getTranslation(
                                "quiz.form.score",
                                outcome.score().stripTrailingZeros(),
                                outcome.passed()
                                        ? getTranslation("quiz.form.passed")
                                        : getTranslation("quiz.form.not-passed", outcome.passingScore()),
                                outcome.best().stripTrailingZeros()));
        if (outcome.pendingReview()) {
            text.append(' ').append(getTranslation("quiz.form.waiting"));
        }
        if (outcome.attemptsLeft() != null) {
            text.append(' ').append(getTranslation("quiz.form.attempts-left", outcome.attemptsLeft()));
        }
        if (outcome.reviewShown().showsMarks()) {
            text.append(' ')
                    .append(getTranslation(
                            "quiz.form.answered-correctly",
                            outcome.correctCount(),
                            outcome.review().size()));
        }
        return text.toString();
    }

    private void showReview(List<ReviewedAnswer> review, List<Integer> waiting) {
        reviews.values().forEach(slot -> {
            slot.removeAll();
            slot.setVisible(false);
        });
        for (int index : waiting) {
            Div slot = reviews.get(index);
            if (slot != null) {
                slot.add(new Badge(getTranslation("quiz.form.waiting-badge"), Badge.Tone.NEUTRAL));
                slot.setVisible(true);
            }
        }
        for (ReviewedAnswer answer : review) {
            Div slot = reviews.get(answer.index());
            if (slot == null) {
                continue;
            }
            var mark = new Badge(
                    getTranslation(answer.correct() ? "quiz.form.correct" : "quiz.form.incorrect"),
                    answer.correct() ? Badge.Tone.SUCCESS : Badge.Tone.ERROR);
            slot.add(mark);
            answer.feedback().forEach(feedback -> slot.add(new Paragraph(feedback)));
            if (!answer.correct() && !answer.correctAnswers().isEmpty()) {
                slot.add(new Paragraph(getTranslation(
                        "quiz.correct-answers",
                        answer.correctAnswers().size(),
                        String.join(", ", answer.correctAnswers()))));
            }
            slot.setVisible(true);
        }
    }

    /** The attempts that involve a person's marking: waiting ones, and each marked answer's points and feedback. */
    private void showAttempts(List<MyAttempt> mine) {
        attempts.removeAll();
        for (MyAttempt attempt : mine) {
            if (!attempt.pendingReview() && attempt.marked().isEmpty()) {
                continue;
            }
            var score = attempt.score().stripTrailingZeros();
            attempts.add(new Paragraph(
                    attempt.pendingReview()
                            ? getTranslation("quiz.form.attempt.waiting", attempt.number(), score)
                            : getTranslation(
                                    "quiz.form.attempt.marked",
                                    attempt.number(),
                                    score,
                                    getTranslation(
                                            attempt.passed() ? "quiz.form.passed" : "quiz.form.attempt.not-passed"))));
            for (MyAttempt.MarkedAnswer answer : attempt.marked()) {
                var marked = new Div(new Paragraph(getTranslation(
                        "quiz.form.attempt.answer",
                        answer.index() + 1,
                        answer.question(),
                        answer.points(),
                        answer.maxPoints())));
                if (!answer.feedback().isEmpty()) {
                    marked.add(new Paragraph(getTranslation("quiz.form.attempt.feedback", answer.feedback())));
                }
                marked.addClassName("quiz-marked-answer");
                attempts.add(marked);
            }
        }
        attempts.setVisible(attempts.getComponentCount() > 0);
    }
}
