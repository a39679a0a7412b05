package io.lyceum.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.Toast;
import io.lyceum.compliance.Assignment;
import io.lyceum.compliance.Audience;
import io.lyceum.compliance.CourseOption;
import io.lyceum.compliance.RequiredTrainings;
import io.lyceum.compliance.TrainingException;
import io.lyceum.compliance.TrainingForm;
import io.lyceum.identity.Role;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Creating or changing a required course: which course, whom it is required of, by when (a date,
 * or days after each person is assigned), and whether it recurs (every N months; for a course whose
 * certificates expire, the months of their validity are offered).
 */
class TrainingDialog extends Dialog {

    /** What the form edits; the service gets it as a {@link TrainingForm}. */
    static final class Draft {
        @Nullable CourseOption course;

        Audience audience = Audience.EVERYONE;

        @Nullable Role role;

        @Nullable String cohort;

        boolean byDate = false;

        @Nullable LocalDate dueOn;

        @Nullable Integer dueAfterDays = 30;

        boolean recurs;

        @Nullable Integer recurrenceMonths;

        TrainingForm form() {
            String value = switch (audience) {
                case EVERYONE -> null;
                case ROLE -> role == null ? null : role.name();
                case COHORT -> cohort;
            };
            return new TrainingForm(
                    course == null ? null : course.id(),
                    audience,
                    value,
                    byDate ? dueOn : null,
                    byDate ? null : dueAfterDays,
                    recurs ? recurrenceMonths : null);
        }
    }

    final ComboBox<CourseOption> course = new ComboBox<>();
    final Select<Audience> audience = new Select<>();
    final Select<Role> role = new Select<>();
    final ComboBox<String> cohort = new ComboBox<>();
    final RadioButtonGroup<Boolean> dueBy = new RadioButtonGroup<>();
    final DatePicker dueOn = new DatePicker();
    final IntegerField dueAfterDays = new IntegerField();
    final Checkbox recurs = new Checkbox();
    final IntegerField recurrenceMonths = new IntegerField();
    final Button save = new Button();
    final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    TrainingDialog(RequiredTrainings trainings, @Nullable Assignment existing, LongConsumer saved) {
        setHeaderTitle(
                getTranslation(existing == null ? "required-training.dialog.new" : "required-training.dialog.edit"));
        DialogWidth.MEDIUM.apply(this);
        List<CourseOption> courses = trainings.courses();
        course.setLabel(getTranslation("required-training.field.course"));
        course.setItems(courses);
        course.setItemLabelGenerator(CourseOption::title);
        course.setRequiredIndicatorVisible(true);
        audience.setLabel(getTranslation("required-training.field.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(value -> getTranslation("required-training.audience." + value.name()));
        role.setLabel(getTranslation("required-training.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("required-training.role." + value.name()));
        cohort.setLabel(getTranslation("required-training.field.cohort"));
        cohort.setItems(trainings.cohorts());
        cohort.setAllowCustomValue(true);
        cohort.addCustomValueSetListener(event -> cohort.setValue(event.getDetail()));
        dueBy.setLabel(getTranslation("required-training.field.due"));
        dueBy.setItems(false, true);
        dueBy.setItemLabelGenerator(
                date -> getTranslation(date ? "required-training.due.by-date" : "required-training.due.after"));
        dueOn.setLabel(getTranslation("required-training.field.due-on"));
        dueAfterDays.setLabel(getTranslation("required-training.field.due-after"));
        dueAfterDays.setMin(1);
        dueAfterDays.setMax(TrainingForm.MAX_DAYS);
        dueAfterDays.setStepButtonsVisible(true);
        recurs.setLabel(getTranslation("required-training.field.recurs"));
        recurrenceMonths.setLabel(getTranslation("required-training.field.recurrence"));
        recurrenceMonths.setMin(1);
        recurrenceMonths.setMax(TrainingForm.MAX_MONTHS);
        recurrenceMonths.setStepButtonsVisible(true);
        recurrenceMonths.setHelperText(getTranslation("required-training.field.recurrence.help"));

        binder.forField(course)
                .asRequired(getTranslation("required-training.form.course"))
                .bind(d -> d.course, (d, v) -> d.course = v);
        binder.forField(audience).asRequired().bind(d -> d.audience, (d, v) -> d.audience = v);
        binder.forField(role)
                .withValidator(
                        v -> audience.getValue() != Audience.ROLE || v != null,
                        getTranslation("required-training.form.role"))
                .bind(d -> d.role, (d, v) -> d.role = v);
        binder.forField(cohort)
                .withValidator(
                        v -> audience.getValue() != Audience.COHORT || (v != null && !v.isBlank()),
                        getTranslation("required-training.form.cohort"))
                .withValidator(
                        v -> v == null || v.length() <= TrainingForm.AUDIENCE_MAX_LENGTH,
                        getTranslation("required-training.form.cohort-length", TrainingForm.AUDIENCE_MAX_LENGTH))
                .bind(d -> d.cohort, (d, v) -> d.cohort = v);
        binder.forField(dueBy).asRequired().bind(d -> d.byDate, (d, v) -> d.byDate = v);
        binder.forField(dueOn)
                .withValidator(
                        v -> !Boolean.TRUE.equals(dueBy.getValue()) || v != null,
                        getTranslation("required-training.form.due-on"))
                .bind(d -> d.dueOn, (d, v) -> d.dueOn = v);
        binder.forField(dueAfterDays)
                .withValidator(
                        v -> Boolean.TRUE.equals(dueBy.getValue())
                                || (v != null && v >= 1 && v <= TrainingForm.MAX_DAYS),
                        getTranslation("required-training.form.due-after", TrainingForm.MAX_DAYS))
                .bind(d -> d.dueAfterDays, (d, v) -> d.dueAfterDays = v);
        binder.forField(recurs).bind(d -> d.recurs, (d, v) -> d.recurs = v);
        binder.forField(recurrenceMonths)
                .withValidator(
                        v -> !recurs.getValue() || (v != null && v >= 1 && v <= TrainingForm.MAX_MONTHS),
                        getTranslation("required-training.form.recurrence", TrainingForm.MAX_MONTHS))
                .bind(d -> d.recurrenceMonths, (d, v) -> d.recurrenceMonths = v);

        if (existing != null) {
            draft.course = courses.stream()
                    .filter(c -> c.id() == existing.courseId())
                    .findFirst()
                    .orElse(null);
            draft.audience = existing.audience();
            draft.role = existing.audience() == Audience.ROLE && existing.audienceValue() != null
                    ? Role.valueOf(existing.audienceValue())
                    : null;
            draft.cohort = existing.audience() == Audience.COHORT ? existing.audienceValue() : null;
            draft.byDate = existing.dueOn() != null;
            draft.dueOn = existing.dueOn();
            draft.dueAfterDays = existing.dueAfterDays();
            draft.recurs = existing.recurrenceMonths() != null;
            draft.recurrenceMonths = existing.recurrenceMonths();
        }
        binder.readBean(draft);
        audience.addValueChangeListener(change -> layout());
        dueBy.addValueChangeListener(change -> layout());
        recurs.addValueChangeListener(change -> layout());
        course.addValueChangeListener(change -> {
            // A course whose certificates expire recurs with them: offer their validity.
            if (change.getValue() != null && change.getValue().certificateValidityMonths() != null) {
                recurs.setValue(true);
                if (recurrenceMonths.getValue() == null) {
                    recurrenceMonths.setValue(change.getValue().certificateValidityMonths());
                }
            }
        });
        layout();

        var form = new FormLayout(course, audience, role, cohort, dueBy, dueOn, dueAfterDays, recurs, recurrenceMonths);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("required-training.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                long id;
                if (existing == null) {
                    id = trainings.assign(draft.form());
                } else {
                    trainings.change(existing.id(), draft.form());
                    id = existing.id();
                }
                close();
                saved.accept(id);
            } catch (ConstraintViolationException refused) {
                FieldErrors.show(binder, refused).forEach(Toast::error);
            } catch (TrainingException refused) {
                course.setInvalid(true);
                course.setErrorMessage(refused.getMessage());
            }
        });
        var cancel = new Button(getTranslation("required-training.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void layout() {
        role.setVisible(audience.getValue() == Audience.ROLE);
        cohort.setVisible(audience.getValue() == Audience.COHORT);
        boolean byDate = Boolean.TRUE.equals(dueBy.getValue());
        dueOn.setVisible(byDate);
        dueAfterDays.setVisible(!byDate);
        recurrenceMonths.setVisible(recurs.getValue());
    }
}
