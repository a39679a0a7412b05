package io.lyceum.grading.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.Toast;
import io.lyceum.learning.AnswerReviewException;
import io.lyceum.learning.AnswerReviews;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The quiz answers of one quiz module that a person marks (essays, flagged short answers): waiting
 * ones first, each with the question, the learner's answer as plain text, points and feedback. A mark
 * updates the attempt's score, which the gradebook reads; marking an attempt someone else marked
 * meanwhile is refused and the answers reloaded.
 */
class AnswerMarking extends Div {

    /** Answers shown per "Show more". */
    static final int PAGE_SIZE = 20;

    final List<Card> cards = new ArrayList<>();
    final Button more = new Button();
    private final Div list = new Div();
    private final AnswerReviews reviews;
    private final long courseId;
    private final long moduleId;
    private final Moments moments;

    AnswerMarking(AnswerReviews reviews, long courseId, long moduleId) {
        this.reviews = reviews;
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.moments = new Moments(getLocale(), TenantContext.require().timeZone());
        addClassName("answer-marking");
        more.setText(getTranslation("grading.answers.more"));
        more.addClickListener(click -> load(cards.size()));
        add(list, more);
        reload();
    }

    void reload() {
        cards.clear();
        list.removeAll();
        load(0);
    }

    private void load(int offset) {
        List<AnswerReviews.ReviewAnswer> page = reviews.answers(courseId, moduleId, offset, PAGE_SIZE);
        if (offset == 0 && page.isEmpty()) {
            list.add(new EmptyState(
                    getTranslation("grading.answers.empty.title"), getTranslation("grading.answers.empty.text")));
        }
        for (AnswerReviews.ReviewAnswer answer : page) {
            var card = new Card(answer);
            cards.add(card);
            list.add(card);
        }
        more.setVisible(page.size() == PAGE_SIZE);
    }

    /** One answer with its marking form. */
    final class Card extends Article {

        final Badge state = new Badge();
        final BigDecimalField points = new BigDecimalField(getTranslation("grading.answers.points"));
        final TextArea feedback = new TextArea(getTranslation("grading.answers.feedback"));
        final Button save = new Button(getTranslation("grading.answers.save"));
        private AnswerReviews.ReviewAnswer answer;

        Card(AnswerReviews.ReviewAnswer answer) {
            this.answer = answer;
            addClassName("answer-card");
            var heading = new H3(answer.studentName());
            var when = new Span(moments.dateTime(answer.submittedAt()));
            var header = new Div(heading, state, when);
            header.addClassName("answer-card-header");
            var question = new Paragraph(getTranslation(
                    "grading.answers.question", answer.questionIndex() + 1, answer.question(), answer.points()));
            question.addClassName("answer-question");
            // The learner's words as plain text: never rendered as markup.
            var text = new Paragraph(answer.answer());
            text.addClassName("answer-text");
            points.setHelperText(getTranslation("grading.answers.points.helper", answer.points()));
            feedback.setMaxLength(AnswerReviews.FEEDBACK_MAX_LENGTH);
            feedback.setWidthFull();
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
            add(header, question, text, points, feedback, save);
            show(answer);
        }

        private void show(AnswerReviews.ReviewAnswer shown) {
            this.answer = shown;
            boolean marked = shown.reviewedPoints() != null;
            state.setText(
                    marked
                            ? getTranslation(
                                    "grading.answers.marked",
                                    shown.reviewedPoints().stripTrailingZeros().toPlainString(),
                                    shown.points())
                            : getTranslation("grading.answers.waiting"));
            state.setTone(marked ? Badge.Tone.SUCCESS : Badge.Tone.PRIMARY);
            points.setValue(shown.reviewedPoints());
            feedback.setValue(shown.feedback());
        }

        long attemptId() {
            return answer.attemptId();
        }

        void save() {
            if (points.getValue() == null) {
                points.setInvalid(true);
                points.setErrorMessage(getTranslation("grading.answers.points.required"));
                return;
            }
            points.setInvalid(false);
            try {
                var marked = reviews.review(
                        answer.attemptId(),
                        answer.questionIndex(),
                        answer.attemptVersion(),
                        points.getValue(),
                        feedback.getValue());
                show(marked);
                // The attempt's version moved on: the other answers of the same attempt follow it.
                for (Card other : cards) {
                    if (other != this && other.attemptId() == marked.attemptId()) {
                        other.answer = withVersion(other.answer, marked.attemptVersion());
                    }
                }
                Toast.success(getTranslation("grading.answers.saved", answer.studentName()));
            } catch (AnswerReviewException e) {
                Toast.error(e.getMessage());
                if (e.conflict()) {
                    reload();
                }
            }
        }
    }

    private static AnswerReviews.ReviewAnswer withVersion(AnswerReviews.ReviewAnswer answer, long version) {
        return new AnswerReviews.ReviewAnswer(
                answer.attemptId(),
                answer.userId(),
                answer.studentName(),
                answer.questionIndex(),
                answer.question(),
                answer.points(),
                answer.answer(),
                answer.submittedAt(),
                version,
                answer.reviewedPoints(),
                answer.feedback());
    }
}
