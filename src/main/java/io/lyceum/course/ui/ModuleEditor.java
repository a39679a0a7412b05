package io.lyceum.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.lyceum.base.markdown.SafeMarkdown;
import io.lyceum.base.ui.FieldErrors;
import io.lyceum.base.ui.NumberFields;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.course.CourseConflictException;
import io.lyceum.course.CourseService;
import io.lyceum.course.InvalidCourseException;
import io.lyceum.course.ModuleEdit;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.QuizModules;
import io.lyceum.course.VideoSource;
import io.lyceum.course.content.ModuleContent;
import io.lyceum.files.FileStore;
import io.lyceum.files.ui.ImageUploads;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Edits one module: Markdown with a live sanitized preview, or a video link with its player. */
class ModuleEditor extends Composite<VerticalLayout> {

    final TextField title = new TextField(getTranslation("module-editor.title"));
    final Checkbox required = new Checkbox(getTranslation("module-editor.required"));
    final Checkbox published = new Checkbox(getTranslation("module-editor.published"));
    final TextArea body = new TextArea(getTranslation("module-editor.body"));
    final Div preview = new Div();
    final TextField videoUrl = new TextField(getTranslation("module-editor.video-url"));
    final IntegerField videoMinutes = new IntegerField(getTranslation("module-editor.video-minutes"));
    final Div videoPreview = new Div();
    final Button save = new Button(getTranslation("module-editor.save"));
    /** Checks the constraints of {@link ModuleForm} as the service will. */
    final BeanValidationBinder<ModuleForm> binder = new BeanValidationBinder<>(ModuleForm.class);

    private final CourseService courses;
    private final QuizModules quizzes;
    private ModuleEdit module;
    /** The form as last loaded or saved, to tell whether anything changed since. */
    private ModuleForm loaded;

    @Nullable QuizEditor quiz;

    private @Nullable Upload image;

    /** The settings of the module's kind kept by another module (an assignment's), if any. */
    @Nullable Component settings;

    ModuleEditor(
            CourseService courses,
            QuizModules quizzes,
            ImageUploads images,
            UploadLimits limits,
            ModuleEdit module,
            @Nullable Component settings,
            Consumer<ModuleEdit> onSaved) {
        this.courses = courses;
        this.quizzes = quizzes;
        this.module = module;
        var layout = getContent();
        layout.setPadding(false);
        layout.addClassName("module-editor");

        title.setMaxLength(ModuleForm.TITLE_MAX_LENGTH);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        binder.forField(title).bind("title");
        binder.forField(required).bind("required");
        binder.forField(published).bind("published");

        layout.add(
                new H3(getTranslation(headingKey(module.form().kind()))),
                title,
                new HorizontalLayout(required, published));
        ModuleKind kind = module.form().kind();
        if (kind == ModuleKind.TEXT || kind == ModuleKind.ASSIGNMENT) {
            // An assignment's instructions are its Markdown body, edited exactly like a text module's.
            if (kind == ModuleKind.ASSIGNMENT) {
                body.setLabel(getTranslation("assignment-settings.instructions"));
            }
            body.setMaxLength(ModuleEdit.BODY_MAX_LENGTH);
            body.setValueChangeMode(ValueChangeMode.TIMEOUT);
            body.setValueChangeTimeout(300);
            body.setWidthFull();
            body.setMinHeight("20em");
            body.setHelperText(getTranslation("module-editor.body.help"));
            binder.forField(body).withNullRepresentation("").bind("body");
            body.addValueChangeListener(event -> renderPreview(event.getValue()));
            preview.addClassName("markdown-preview");
            preview.getElement().setAttribute("aria-label", getTranslation("module-editor.preview"));
            var split = new SplitLayout(body, preview);
            split.setWidthFull();
            split.setSplitterPosition(50);
            image = images.create(
                    getTranslation("module-editor.insert-image"),
                    id -> body.setValue(body.getValue() + "\n\n![" + getTranslation("module-editor.image-alt") + "]("
                            + FileStore.url(id) + ")\n"));
            layout.add(split, image);
        } else if (module.form().kind() == ModuleKind.VIDEO) {
            videoUrl.setWidthFull();
            videoUrl.setHelperText(getTranslation("module-editor.video-url.help"));
            videoUrl.setValueChangeMode(ValueChangeMode.LAZY);
            binder.forField(videoUrl).withNullRepresentation("").bind("videoUrl");
            videoUrl.addValueChangeListener(event -> renderVideo(event.getValue()));
            NumberFields.wholeNumbers(videoMinutes);
            binder.forField(videoMinutes).bind("videoMinutes");
            layout.add(videoUrl, videoMinutes, videoPreview);
        } else {
            quiz = new QuizEditor(quizzes, limits, module.id());
            layout.add(quiz);
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(onSaved));
        layout.add(save);
        if (settings != null) {
            // The kind's own settings, owned and saved by the module that keeps them.
            this.settings = settings;
            layout.add(settings);
        }
        load(module.form());
        renderPreview(body.getValue());
        renderVideo(videoUrl.getValue());
    }

    /**
     * Shows the module without letting it change while {@code reason} (the plan's, from the service)
     * is given; {@code null} makes it editable again.
     */
    void readOnly(@Nullable String reason) {
        boolean editable = reason == null;
        binder.setReadOnly(!editable);
        save.setEnabled(editable);
        save.setTooltipText(reason);
        if (image != null) {
            image.setEnabled(editable);
        }
        if (settings != null) {
            settings.getElement().setEnabled(editable);
        }
        if (quiz != null) {
            // Its questions, settings and import: a disabled element disables all inside it.
            quiz.getElement().setEnabled(editable);
        }
    }

    boolean hasUnsavedChanges() {
        return !form().equals(loaded) || (quiz != null && quiz.hasUnsavedChanges());
    }

    private void load(ModuleForm form) {
        binder.readRecord(form);
        loaded = form();
    }

    /** The module as the fields hold it; only the fields of its kind count. */
    ModuleForm form() {
        ModuleKind kind = module.form().kind();
        String url = videoUrl.getValue().strip();
        return new ModuleForm(
                kind,
                title.getValue(),
                required.getValue(),
                published.getValue(),
                kind == ModuleKind.TEXT || kind == ModuleKind.ASSIGNMENT ? body.getValue() : null,
                kind == ModuleKind.VIDEO && !url.isEmpty() ? url : null,
                kind == ModuleKind.VIDEO ? videoMinutes.getValue() : null);
    }

    long moduleId() {
        return module.id();
    }

    void save(Consumer<ModuleEdit> onSaved) {
        boolean valid = binder.validate().isOk();
        if (quiz != null) {
            valid &= quiz.validate();
        }
        if (!valid) {
            return;
        }
        try {
            ModuleForm form = form();
            if (quiz != null) {
                var settings = quiz.settings();
                module = quizzes.save(module.id(), module.version(), form, settings);
                quiz.saved(settings);
            } else {
                module = courses.updateModule(module.id(), module.version(), form);
            }
            load(module.form());
            Toast.success(getTranslation("module-editor.saved"));
            onSaved.accept(module);
        } catch (ConstraintViolationException e) {
            FieldErrors.show(binder, e).forEach(ModuleEditor::error);
        } catch (InvalidCourseException e) {
            // "published" has a checkbox, which shows no message: say it where it is read.
            if (e.field().equals("published") || !FieldErrors.show(binder, e.field(), e.getMessage())) {
                error(e.getMessage());
            }
        } catch (CourseConflictException e) {
            Toast.error(e.getMessage());
        }
    }

    private static void error(String message) {
        Toast.error(message);
    }

    private void renderPreview(String markdown) {
        preview.removeAll();
        preview.add(ModuleContent.html(SafeMarkdown.toHtml(markdown)));
    }

    private void renderVideo(String url) {
        videoPreview.removeAll();
        if (!url.isBlank() && VideoSource.isSupported(url.strip())) {
            videoPreview.add(ModuleContent.player(VideoSource.parse(url.strip()), title.getValue()));
        }
    }

    /** The message key of the editor's heading for a kind of module ("Text module"). */
    static String headingKey(ModuleKind kind) {
        return switch (kind) {
            case TEXT -> "module-editor.heading.text";
            case VIDEO -> "module-editor.heading.video";
            case QUIZ -> "module-editor.heading.quiz";
            case ASSIGNMENT -> "module-editor.heading.assignment";
        };
    }
}
