package io.lyceum.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.NumberFields;
import io.lyceum.course.CourseForm;
import io.lyceum.course.InvalidCourseException;
import io.lyceum.files.FileStore;
import io.lyceum.files.ui.ImageUploads;
import io.lyceum.platform.PlanLimitException;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Creates a course or edits its details. The binder checks {@link CourseForm}'s constraints as the
 * service does; the service's refusals land next to the field at fault, or above the form.
 */
class CourseDialog extends Dialog {

    final TextField title = new TextField(getTranslation("course-dialog.title"));
    final TextArea description = new TextArea(getTranslation("course-dialog.description"));
    final TextArea outcomes = new TextArea(getTranslation("course-dialog.outcomes"));
    final TextField category = new TextField(getTranslation("course-dialog.category"));
    final IntegerField minutes = new IntegerField(getTranslation("course-dialog.minutes"));
    final Checkbox selfEnrollment = new Checkbox(getTranslation("course-dialog.self-enrollment"));
    final BigDecimalField hours = new BigDecimalField(getTranslation("course-dialog.hours"));
    final IntegerField validityMonths = new IntegerField(getTranslation("course-dialog.validity"));
    final Button save = new Button();
    /** Checks the constraints of {@link CourseForm} as the service will. */
    final BeanValidationBinder<CourseForm> binder = new BeanValidationBinder<>(CourseForm.class);

    private @Nullable UUID coverFile;

    final Image cover = new Image();
    final Paragraph formError = new Paragraph();

    CourseDialog(ImageUploads images, @Nullable CourseForm existing, Consumer<CourseForm> onSave) {
        setHeaderTitle(getTranslation(existing == null ? "course-dialog.new" : "course-dialog.details"));
        title.setMaxLength(CourseForm.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        description.setMaxLength(CourseForm.DESCRIPTION_MAX_LENGTH);
        description.setMinHeight("8em");
        outcomes.setMaxLength(CourseForm.OUTCOMES_MAX_LENGTH);
        outcomes.setHelperText(getTranslation("course-dialog.outcomes.help"));
        category.setMaxLength(CourseForm.CATEGORY_MAX_LENGTH);
        minutes.setStepButtonsVisible(true);
        selfEnrollment.setTooltipText(getTranslation("course-dialog.self-enrollment.tooltip"));
        hours.setHelperText(getTranslation("course-dialog.hours.help"));
        NumberFields.wholeNumbers(minutes, validityMonths);
        validityMonths.setHelperText(getTranslation("course-dialog.validity.help"));

        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.forField(outcomes).bind("learningOutcomes");
        binder.forField(category).withNullRepresentation("").bind("category");
        binder.forField(minutes).bind("estimatedMinutes");
        binder.forField(selfEnrollment).bind("selfEnrollment");
        binder.forField(hours).bind("certificateHours");
        binder.forField(validityMonths).bind("certificateValidityMonths");
        CourseForm start = existing == null ? new CourseForm("", "", null, null) : existing;
        binder.readRecord(start);
        coverFile = start.coverFile();

        save.setText(getTranslation(existing == null ? "course-dialog.create" : "course-dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                onSave.accept(form());
                close();
            } catch (ConstraintViolationException e) {
                FieldErrors.show(binder, e).forEach(this::refuse);
            } catch (InvalidCourseException e) {
                if (!FieldErrors.show(binder, e.field(), e.getMessage())) {
                    refuse(e.getMessage());
                }
            } catch (PlanLimitException e) {
                refuse(e.getMessage());
            }
        });
        var cancel = new Button(getTranslation("course-dialog.cancel"), click -> close());
        cover.setAlt(getTranslation("course-dialog.cover"));
        cover.setMaxHeight("8rem");
        showCover();
        var coverUpload = images.create(getTranslation("course-dialog.cover"), id -> {
            coverFile = id;
            showCover();
        });
        var form = new FormLayout(
                title,
                category,
                minutes,
                description,
                outcomes,
                new Div(cover, coverUpload),
                selfEnrollment,
                hours,
                validityMonths);
        form.setColspan(description, 2);
        form.setColspan(outcomes, 2);
        form.setColspan(selfEnrollment, 2);
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        add(formError, form);
        getFooter().add(cancel, save);
        DialogWidth.MEDIUM.apply(this);
    }

    /** Not any field's fault: said above the form, read out by screen readers. */
    private void refuse(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    /** The form as filled in; call after the binder has validated it. */
    CourseForm form() {
        String chosenCategory = category.getValue().strip();
        return new CourseForm(
                title.getValue(),
                description.getValue(),
                chosenCategory.isEmpty() ? null : chosenCategory,
                minutes.getValue(),
                coverFile,
                selfEnrollment.getValue(),
                hours.getValue(),
                validityMonths.getValue(),
                outcomes.getValue());
    }

    private void showCover() {
        cover.setVisible(coverFile != null);
        if (coverFile != null) {
            cover.setSrc(FileStore.url(coverFile));
        }
    }
}
