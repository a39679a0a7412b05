package io.lyceum.grading.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.NumberFields;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.grading.AssignmentConflictException;
import io.lyceum.grading.AssignmentForm;
import io.lyceum.grading.AssignmentSettings;
import io.lyceum.grading.Assignments;
import io.lyceum.grading.InvalidAssignmentException;
import io.lyceum.grading.LatePolicy;
import io.lyceum.grading.Rubrics;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * An assignment's settings in the course builder: how work is handed in, when it is due, how it is
 * scored and when it completes. Saved by its own button, against the version it loaded: a concurrent
 * save is refused and nothing is overwritten.
 */
class AssignmentSettingsForm extends Composite<VerticalLayout> {

    /** Ways to hand work in; at least one. */
    enum HandIn {
        TEXT,
        FILE
    }

    /** A rubric to choose: the combo box shows its title. */
    record RubricChoice(long id, String title) {}

    final CheckboxGroup<HandIn> handIn = new CheckboxGroup<>(getTranslation("assignment-settings.hand-in"));
    final TextField fileTypes = new TextField(getTranslation("assignment-settings.file-types"));
    final IntegerField maxFileMb = new IntegerField(getTranslation("assignment-settings.max-file-mb"));
    final DateTimePicker dueAt = new DateTimePicker(getTranslation("assignment-settings.due-at"));
    final BigDecimalField points = new BigDecimalField(getTranslation("assignment-settings.points"));
    final BigDecimalField passingPercent = new BigDecimalField(getTranslation("assignment-settings.passing-percent"));
    final ComboBox<RubricChoice> rubric = new ComboBox<>(getTranslation("assignment-settings.rubric"));
    final Anchor manageRubrics = new Anchor();
    final RadioButtonGroup<LatePolicy> latePolicy =
            new RadioButtonGroup<>(getTranslation("assignment-settings.late-policy"));
    final BigDecimalField latePenaltyPerDay =
            new BigDecimalField(getTranslation("assignment-settings.late-penalty-per-day"));
    final RadioButtonGroup<Boolean> groupWork =
            new RadioButtonGroup<>(getTranslation("assignment-settings.group-work"));
    final IntegerField resubmissions = new IntegerField(getTranslation("assignment-settings.resubmissions"));
    final RadioButtonGroup<Boolean> completesOnSubmission =
            new RadioButtonGroup<>(getTranslation("assignment-settings.completes-on"));
    final Checkbox anonymous = new Checkbox(getTranslation("assignment-settings.anonymous"));
    final Button save = new Button(getTranslation("assignment-settings.save"));
    final BeanValidationBinder<AssignmentForm> binder = new BeanValidationBinder<>(AssignmentForm.class);

    private final Assignments assignments;
    private final long moduleId;
    private final ZoneId zone;
    private AssignmentSettings settings;

    AssignmentSettingsForm(Assignments assignments, Rubrics rubrics, long courseId, long moduleId) {
        this.assignments = assignments;
        this.moduleId = moduleId;
        this.zone = TenantContext.require().timeZone();
        var layout = getContent();
        layout.setPadding(false);
        layout.addClassName("assignment-settings");

        handIn.setItems(HandIn.values());
        handIn.setItemLabelGenerator(way ->
                getTranslation("assignment-settings.hand-in." + way.name().toLowerCase(Locale.ROOT)));
        handIn.setRequiredIndicatorVisible(true);
        handIn.addValueChangeListener(event -> {
            fileSettingsEnabled();
            validHandIn();
        });

        fileTypes.setMaxLength(AssignmentForm.FILE_TYPES_MAX_LENGTH);
        fileTypes.setHelperText(getTranslation(
                "assignment-settings.file-types.help", String.join(", ", AssignmentForm.ALLOWED_FILE_TYPES)));
        binder.forField(fileTypes)
                .withValidator((value, context) -> fileTypesResult(value))
                .bind("fileTypes");
        NumberFields.wholeNumbers(maxFileMb, resubmissions);
        maxFileMb.setMin(1);
        maxFileMb.setMax(AssignmentForm.MAX_FILE_MB);
        maxFileMb.setStepButtonsVisible(true);
        binder.forField(maxFileMb)
                .asRequired(ConstraintMessages.get("assignment.max-file.required"))
                .bind("maxFileMb");

        dueAt.setHelperText(getTranslation("assignment-settings.due-at.help", zone.getId()));
        binder.forField(dueAt).withConverter(new InZone(zone)).bind("dueAt");
        binder.forField(points).bind("points");
        binder.forField(passingPercent).bind("passingPercent");

        rubric.setItemLabelGenerator(RubricChoice::title);
        rubric.setClearButtonVisible(true);
        rubric.setPlaceholder(getTranslation("assignment-settings.rubric.none"));
        rubric.setHelperText(getTranslation("assignment-settings.rubric.help"));
        rubric.setItems(query -> rubrics
                .list(courseId, query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                .map(summary -> new RubricChoice(summary.id(), summary.title()))
                .stream());
        manageRubrics.setText(getTranslation("assignment-settings.manage-rubrics"));
        manageRubrics.setHref("teach/courses/" + courseId + "/rubrics");

        latePolicy.setItems(LatePolicy.values());
        latePolicy.setItemLabelGenerator(policy -> getTranslation(
                "assignment-settings.late-policy." + policy.name().toLowerCase(Locale.ROOT)));
        binder.forField(latePolicy).asRequired().bind("latePolicy");
        latePolicy.addValueChangeListener(
                event -> latePenaltyPerDay.setEnabled(event.getValue() == LatePolicy.PENALTY));
        latePenaltyPerDay.setHelperText(getTranslation("assignment-settings.late-penalty-per-day.help"));
        binder.forField(latePenaltyPerDay).bind("latePenaltyPerDay");

        groupWork.setItems(false, true);
        groupWork.setItemLabelGenerator(group -> getTranslation(
                group ? "assignment-settings.group-work.group" : "assignment-settings.group-work.individual"));
        binder.forField(groupWork).bind("groupWork");
        resubmissions.setMin(0);
        resubmissions.setHelperText(getTranslation("assignment-settings.resubmissions.help"));
        binder.forField(resubmissions).bind("resubmissions");
        completesOnSubmission.setItems(false, true);
        completesOnSubmission.setItemLabelGenerator(submitted -> getTranslation(
                submitted ? "assignment-settings.completes-on.submitted" : "assignment-settings.completes-on.passed"));
        binder.forField(completesOnSubmission).bind("completesOnSubmission");
        anonymous.setTooltipText(getTranslation("assignment-settings.anonymous.help"));
        binder.forField(anonymous).bind("anonymous");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        var form = new FormLayout(
                handIn,
                fileTypes,
                maxFileMb,
                dueAt,
                points,
                passingPercent,
                new VerticalLayout(rubric, manageRubrics),
                latePolicy,
                latePenaltyPerDay,
                groupWork,
                resubmissions,
                completesOnSubmission,
                anonymous);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(handIn, 2);
        var actions = new HorizontalLayout(save);
        layout.add(new H4(getTranslation("assignment-settings.heading")), form, actions);
        settings = assignments.settings(moduleId);
        load(settings);
    }

    private void load(AssignmentSettings loaded) {
        settings = loaded;
        binder.readRecord(loaded.form());
        Set<HandIn> ways = EnumSet.noneOf(HandIn.class);
        if (loaded.acceptsText()) {
            ways.add(HandIn.TEXT);
        }
        if (loaded.acceptsFile()) {
            ways.add(HandIn.FILE);
        }
        handIn.setValue(ways);
        rubric.setValue(
                loaded.rubricId() == null
                        ? null
                        : new RubricChoice(
                                loaded.rubricId(), loaded.rubricTitle() == null ? "" : loaded.rubricTitle()));
        latePenaltyPerDay.setEnabled(loaded.latePolicy() == LatePolicy.PENALTY);
        fileSettingsEnabled();
    }

    /** The settings as the fields hold them. */
    AssignmentForm form() {
        RubricChoice chosen = rubric.getValue();
        return new AssignmentForm(
                handIn.getValue().contains(HandIn.TEXT),
                handIn.getValue().contains(HandIn.FILE),
                fileTypes.getValue(),
                maxFileMb.getValue() == null ? 0 : maxFileMb.getValue(),
                new InZone(zone).convertToModel(dueAt.getValue(), null).getOrThrow(IllegalStateException::new),
                points.getValue(),
                passingPercent.getValue(),
                chosen == null ? null : chosen.id(),
                latePolicy.getValue() == null ? LatePolicy.ACCEPT : latePolicy.getValue(),
                latePenaltyPerDay.getValue() == null ? BigDecimal.ZERO : latePenaltyPerDay.getValue(),
                Boolean.TRUE.equals(groupWork.getValue()),
                resubmissions.getValue(),
                Boolean.TRUE.equals(completesOnSubmission.getValue()),
                anonymous.getValue());
    }

    AssignmentSettings settings() {
        return settings;
    }

    void save() {
        boolean valid = binder.validate().isOk();
        valid &= validHandIn();
        if (!valid) {
            return;
        }
        try {
            load(assignments.update(moduleId, settings.version(), form()));
            Toast.success(getTranslation("assignment-settings.saved"));
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String property = violation.getPropertyPath().toString();
                if (property.endsWith("handedInSomehow")) {
                    handIn.setErrorMessage(violation.getMessage());
                    handIn.setInvalid(true);
                } else if (property.endsWith("fileTypesAllowed")) {
                    fileTypes.setErrorMessage(violation.getMessage());
                    fileTypes.setInvalid(true);
                } else if (!FieldErrors.show(
                        binder, property.substring(property.lastIndexOf('.') + 1), violation.getMessage())) {
                    Toast.error(violation.getMessage());
                }
            }
        } catch (InvalidAssignmentException e) {
            if (e.field().equals("rubricId")) {
                rubric.setErrorMessage(e.getMessage());
                rubric.setInvalid(true);
            } else if (!FieldErrors.show(binder, e.field(), e.getMessage())) {
                Toast.error(e.getMessage());
            }
        } catch (AssignmentConflictException e) {
            Toast.error(e.getMessage());
        }
    }

    private boolean validHandIn() {
        boolean valid = !handIn.getValue().isEmpty();
        handIn.setErrorMessage(valid ? null : ConstraintMessages.get("assignment.submission-type.required"));
        handIn.setInvalid(!valid);
        return valid;
    }

    private void fileSettingsEnabled() {
        boolean files = handIn.getValue().contains(HandIn.FILE);
        fileTypes.setEnabled(files);
        maxFileMb.setEnabled(files);
    }

    private ValidationResult fileTypesResult(String value) {
        if (!handIn.getValue().contains(HandIn.FILE)) {
            return ValidationResult.ok();
        }
        if (AssignmentForm.fileTypeList(value).isEmpty()) {
            return ValidationResult.error(ConstraintMessages.get("assignment.file-types.required"));
        }
        var unknown = AssignmentForm.unknownFileTypes(value);
        return unknown.isEmpty()
                ? ValidationResult.ok()
                : ValidationResult.error(ConstraintMessages.get(
                        "assignment.file-types.unknown",
                        String.join(", ", unknown),
                        String.join(", ", AssignmentForm.ALLOWED_FILE_TYPES)));
    }

    /** A date and time on the organization's clocks, stored as the instant it is. */
    private record InZone(ZoneId zone) implements Converter<@Nullable LocalDateTime, @Nullable Instant> {

        @Override
        public Result<@Nullable Instant> convertToModel(@Nullable LocalDateTime value, @Nullable ValueContext context) {
            return Result.ok(value == null ? null : value.atZone(zone).toInstant());
        }

        @Override
        public @Nullable LocalDateTime convertToPresentation(@Nullable Instant value, @Nullable ValueContext context) {
            return value == null ? null : LocalDateTime.ofInstant(value, zone);
        }
    }
}
