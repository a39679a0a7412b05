package io.lyceum.course.ui;

import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.data.binder.Binder;
import io.lyceum.course.CourseForm;
import io.lyceum.course.InvalidCourseException;
import io.lyceum.files.FileStore;
import io.lyceum.files.ui.ImageUploads;
import io.lyceum.platform.PlanLimitException;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Creates a course or edits its details; the service's refusals land next to the field at fault. */
class CourseDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description (Markdown)");
    final TextField category = new TextField("Category");
    final IntegerField minutes = new IntegerField("Estimated duration (minutes)");
    final Checkbox selfEnrollment = new Checkbox("Students may enroll themselves from the catalog");
    final BigDecimalField hours = new BigDecimalField("Hours stated on the certificate");
    final IntegerField validityMonths = new IntegerField("Certificate valid for (months)");
    final Button save = new Button();
    final Binder<Draft> binder = new Binder<>();

    final Image cover = new Image();
    final Paragraph planRefusal = new Paragraph();

    CourseDialog(ImageUploads images, @Nullable CourseForm existing, Consumer<CourseForm> onSave) {
        setHeaderTitle(existing == null ? "New course" : "Course details");
        title.setMaxLength(CourseForm.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        description.setMaxLength(CourseForm.DESCRIPTION_MAX_LENGTH);
        description.setMinHeight("8em");
        category.setMaxLength(CourseForm.CATEGORY_MAX_LENGTH);
        minutes.setMin(1);
        minutes.setMax(100_000);
        minutes.setStepButtonsVisible(true);

        binder.forField(title).asRequired("Enter a title").bind(Draft::getTitle, Draft::setTitle);
        binder.forField(description).bind(Draft::getDescription, Draft::setDescription);
        binder.forField(category).bind(Draft::getCategory, Draft::setCategory);
        binder.forField(minutes)
                .withValidator(
                        value -> value == null || (value >= 1 && value <= 100_000),
                        "Enter a duration between 1 and 100000 minutes")
                .bind(Draft::getMinutes, Draft::setMinutes);
        selfEnrollment.setTooltipText("When off, only instructors and admins enroll students");
        hours.setHelperText("Optional, e.g. 12.5");
        validityMonths.setMin(1);
        validityMonths.setMax(CourseForm.MAX_VALIDITY_MONTHS);
        validityMonths.setHelperText(
                "Leave empty for certificates that never expire; learners retake the course to" + " recertify");
        binder.forField(selfEnrollment).bind(Draft::isSelfEnrollment, Draft::setSelfEnrollment);
        binder.forField(hours)
                .withValidator(
                        value -> value == null
                                || (value.signum() > 0
                                        && value.compareTo(CourseForm.MAX_HOURS) <= 0
                                        && value.stripTrailingZeros().scale() <= 1),
                        "Enter hours between 0.1 and " + CourseForm.MAX_HOURS + ", with at most one decimal")
                .bind(Draft::getHours, Draft::setHours);
        binder.forField(validityMonths)
                .withValidator(
                        value -> value == null || (value >= 1 && value <= CourseForm.MAX_VALIDITY_MONTHS),
                        "Enter a validity between 1 and " + CourseForm.MAX_VALIDITY_MONTHS
                                + " months, or leave it empty")
                .bind(Draft::getValidityMonths, Draft::setValidityMonths);
        binder.setBean(Draft.of(existing));

        save.setText(existing == null ? "Create course" : "Save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                onSave.accept(binder.getBean().form());
                close();
            } catch (InvalidCourseException e) {
                HasValidation field = switch (e.field()) {
                    case "description" -> description;
                    case "category" -> category;
                    case "certificateHours" -> hours;
                    case "certificateValidityMonths" -> validityMonths;
                    default -> title;
                };
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            } catch (PlanLimitException e) {
                // Not any field's fault: said above the form, read out by screen readers.
                planRefusal.setText(e.getMessage());
                planRefusal.setVisible(true);
            }
        });
        var cancel = new Button("Cancel", click -> close());
        cover.setAlt("Cover image");
        cover.setMaxHeight("8rem");
        showCover();
        var coverUpload = images.create("Cover image", id -> {
            binder.getBean().setCoverFile(id);
            showCover();
        });
        var form = new FormLayout(
                title,
                category,
                minutes,
                description,
                new Div(cover, coverUpload),
                selfEnrollment,
                hours,
                validityMonths);
        form.setColspan(description, 2);
        form.setColspan(selfEnrollment, 2);
        planRefusal.addClassName("form-error");
        planRefusal.getElement().setAttribute("role", "alert");
        planRefusal.setVisible(false);
        add(planRefusal, form);
        getFooter().add(cancel, save);
        setWidth("min(48rem, 95vw)");
    }

    private void showCover() {
        UUID id = binder.getBean().getCoverFile();
        cover.setVisible(id != null);
        if (id != null) {
            cover.setSrc(FileStore.url(id));
        }
    }

    /** The form's state while it is edited. */
    static final class Draft {
        private String title = "";
        private String description = "";
        private String category = "";
        private @Nullable Integer minutes;
        private @Nullable UUID coverFile;
        private boolean selfEnrollment = true;
        private @Nullable BigDecimal hours;
        private @Nullable Integer validityMonths;

        static Draft of(@Nullable CourseForm form) {
            var draft = new Draft();
            if (form != null) {
                draft.title = form.title();
                draft.description = form.description();
                draft.category = form.category() == null ? "" : form.category();
                draft.minutes = form.estimatedMinutes();
                draft.coverFile = form.coverFile();
                draft.selfEnrollment = form.selfEnrollment();
                draft.hours = form.certificateHours();
                draft.validityMonths = form.certificateValidityMonths();
            }
            return draft;
        }

        CourseForm form() {
            return new CourseForm(
                    title,
                    description,
                    category.isBlank() ? null : category,
                    minutes,
                    coverFile,
                    selfEnrollment,
                    hours,
                    validityMonths);
        }

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        String getDescription() {
            return description;
        }

        void setDescription(String description) {
            this.description = description;
        }

        String getCategory() {
            return category;
        }

        void setCategory(String category) {
            this.category = category;
        }

        @Nullable UUID getCoverFile() {
            return coverFile;
        }

        void setCoverFile(@Nullable UUID coverFile) {
            this.coverFile = coverFile;
        }

        @Nullable Integer getMinutes() {
            return minutes;
        }

        void setMinutes(@Nullable Integer minutes) {
            this.minutes = minutes;
        }

        boolean isSelfEnrollment() {
            return selfEnrollment;
        }

        void setSelfEnrollment(boolean selfEnrollment) {
            this.selfEnrollment = selfEnrollment;
        }

        @Nullable BigDecimal getHours() {
            return hours;
        }

        void setHours(@Nullable BigDecimal hours) {
            this.hours = hours;
        }

        @Nullable Integer getValidityMonths() {
            return validityMonths;
        }

        void setValidityMonths(@Nullable Integer validityMonths) {
            this.validityMonths = validityMonths;
        }
    }
}
