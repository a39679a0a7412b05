package io.lyceum.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.quiz.Choice;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuestionType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes one question of any type. Choices are typed one per line, a leading * marking the correct
 * ones; the question model's own rules decide what is valid and their message is shown. An essay
 * has only its text and points: a person marks it, as a short answer flagged for review.
 */
class QuestionDialog extends Dialog {

    final Select<QuestionType> type = new Select<>();
    final TextArea text = new TextArea(getTranslation("question-dialog.text"));
    final IntegerField points = new IntegerField(getTranslation("question-dialog.points"));
    final TextArea choices = new TextArea(getTranslation("question-dialog.choices"));
    final RadioButtonGroup<Boolean> truth = new RadioButtonGroup<>(getTranslation("question-dialog.truth"));
    final TextArea accepted = new TextArea(getTranslation("question-dialog.accepted"));
    final Checkbox caseSensitive = new Checkbox(getTranslation("question-dialog.case-sensitive"));
    final Checkbox reviewByPerson = new Checkbox(getTranslation("question-dialog.review-by-person"));
    final NumberField answer = new NumberField(getTranslation("question-dialog.answer"));
    final NumberField tolerance = new NumberField(getTranslation("question-dialog.tolerance"));
    final Button save = new Button(getTranslation("question-dialog.add"));

    QuestionDialog(Consumer<QuestionSpec> onSave) {
        setHeaderTitle(getTranslation("question-dialog.title"));
        type.setLabel(getTranslation("question-dialog.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(kind -> getTranslation(QuestionLabels.typeKey(kind)));
        type.setValue(QuestionType.SINGLE_CHOICE);
        type.addValueChangeListener(event -> showFieldsFor(event.getValue()));
        text.setMaxLength(QuestionSpec.TEXT_MAX_LENGTH);
        text.setRequiredIndicatorVisible(true);
        points.setMin(1);
        points.setMax(1000);
        points.setValue(1);
        truth.setItems(true, false);
        // The stored answers stay QuestionSpec.TRUE and FALSE; the author reads them in their language.
        truth.setItemLabelGenerator(value -> getTranslation(value ? "question-dialog.true" : "question-dialog.false"));
        truth.setValue(true);
        // A flagged short answer is marked by a person; its accepted answers only guide the marker.
        reviewByPerson.setTooltipText(getTranslation("question-dialog.review-by-person.help"));
        reviewByPerson.addValueChangeListener(event -> accepted.setLabel(
                getTranslation(event.getValue() ? "question-dialog.accepted-guide" : "question-dialog.accepted")));
        tolerance.setMin(0);
        tolerance.setValue(0.0);
        var form = new FormLayout(
                type, points, text, choices, truth, accepted, caseSensitive, reviewByPerson, answer, tolerance);
        form.setColspan(text, 2);
        form.setColspan(choices, 2);
        form.setColspan(accepted, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                onSave.accept(spec());
                close();
            } catch (IllegalArgumentException e) {
                text.setErrorMessage(e.getMessage());
                text.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("question-dialog.cancel"), click -> close()), save);
        DialogWidth.MEDIUM.apply(this);
        showFieldsFor(QuestionType.SINGLE_CHOICE);
    }

    QuestionSpec spec() {
        int score = points.getValue() == null ? 1 : points.getValue();
        return switch (type.getValue()) {
            case SINGLE_CHOICE -> QuestionSpec.singleChoice(null, text.getValue(), parsedChoices(), score);
            case MULTIPLE_CHOICE -> QuestionSpec.multipleChoice(null, text.getValue(), parsedChoices(), score);
            case TRUE_FALSE ->
                QuestionSpec.trueFalse(null, text.getValue(), Boolean.TRUE.equals(truth.getValue()), score);
            case SHORT_ANSWER ->
                reviewByPerson.getValue()
                        ? QuestionSpec.shortAnswerForReview(
                                null, text.getValue(), lines(accepted.getValue()), caseSensitive.getValue(), score)
                        : QuestionSpec.shortAnswer(
                                null, text.getValue(), lines(accepted.getValue()), caseSensitive.getValue(), score);
            case ESSAY -> QuestionSpec.essay(null, text.getValue(), score);
            case NUMERIC -> {
                if (answer.getValue() == null) {
                    throw new IllegalArgumentException(ConstraintMessages.get("question.numeric.answer"));
                }
                yield QuestionSpec.numeric(
                        null,
                        text.getValue(),
                        answer.getValue(),
                        tolerance.getValue() == null ? 0 : tolerance.getValue(),
                        score);
            }
        };
    }

    private List<Choice> parsedChoices() {
        return lines(choices.getValue()).stream()
                .map(line -> line.startsWith("*")
                        ? new Choice(line.substring(1), true, null)
                        : new Choice(line, false, null))
                .toList();
    }

    private static List<String> lines(String value) {
        return Arrays.stream(value.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private void showFieldsFor(QuestionType kind) {
        choices.setVisible(kind == QuestionType.SINGLE_CHOICE || kind == QuestionType.MULTIPLE_CHOICE);
        truth.setVisible(kind == QuestionType.TRUE_FALSE);
        accepted.setVisible(kind == QuestionType.SHORT_ANSWER);
        caseSensitive.setVisible(kind == QuestionType.SHORT_ANSWER);
        reviewByPerson.setVisible(kind == QuestionType.SHORT_ANSWER);
        answer.setVisible(kind == QuestionType.NUMERIC);
        tolerance.setVisible(kind == QuestionType.NUMERIC);
    }
}
