package io.lyceum.course.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.lyceum.base.markdown.SafeMarkdown;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.course.CourseConflictException;
import io.lyceum.course.CourseService;
import io.lyceum.course.InvalidCourseException;
import io.lyceum.course.ModuleEdit;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.VideoSource;
import io.lyceum.course.content.ModuleContent;
import io.lyceum.files.FileStore;
import io.lyceum.files.ui.ImageUploads;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Edits one module: Markdown with a live sanitized preview, or a video link with its player. */
class ModuleEditor extends Composite<VerticalLayout> {

    final TextField title = new TextField("Title");
    final Checkbox required = new Checkbox("Required to complete the course");
    final Checkbox published = new Checkbox("Published (visible to students)");
    final TextArea body = new TextArea("Text (Markdown)");
    final Div preview = new Div();
    final TextField videoUrl = new TextField("Video link");
    final IntegerField videoMinutes = new IntegerField("Duration (minutes)");
    final Div videoPreview = new Div();
    final Button save = new Button("Save module");
    final Binder<Draft> binder = new Binder<>();

    private final CourseService courses;
    private ModuleEdit module;

    @Nullable QuizEditor quiz;

    ModuleEditor(
            CourseService courses,
            ImageUploads images,
            UploadLimits limits,
            ModuleEdit module,
            Consumer<ModuleEdit> onSaved) {
        this.courses = courses;
        this.module = module;
        var layout = getContent();
        layout.setPadding(false);
        layout.addClassName("module-editor");

        title.setMaxLength(120);
        title.setWidthFull();
        binder.forField(title).asRequired("Enter a title").bind(Draft::getTitle, Draft::setTitle);
        binder.forField(required).bind(Draft::isRequired, Draft::setRequired);
        binder.forField(published).bind(Draft::isPublished, Draft::setPublished);

        layout.add(
                new H3(kindLabel(module.form().kind()) + " module"), title, new HorizontalLayout(required, published));
        if (module.form().kind() == ModuleKind.TEXT) {
            body.setMaxLength(ModuleEdit.BODY_MAX_LENGTH);
            body.setValueChangeMode(ValueChangeMode.TIMEOUT);
            body.setValueChangeTimeout(300);
            body.setWidthFull();
            body.setMinHeight("20em");
            body.setHelperText("**bold**, _italic_, # heading, - list, [link](https://…)");
            binder.forField(body).bind(Draft::getBody, Draft::setBody);
            body.addValueChangeListener(event -> renderPreview(event.getValue()));
            preview.addClassName("markdown-preview");
            preview.getElement().setAttribute("aria-label", "Preview");
            var split = new SplitLayout(body, preview);
            split.setWidthFull();
            split.setSplitterPosition(50);
            var image = images.create(
                    "Insert an image",
                    id -> body.setValue(body.getValue() + "\n\n![image](" + FileStore.url(id) + ")\n"));
            layout.add(split, image);
        } else if (module.form().kind() == ModuleKind.VIDEO) {
            videoUrl.setWidthFull();
            videoUrl.setHelperText("YouTube, Vimeo, Cloudflare Stream, or a direct https .mp4/.m3u8 file");
            videoUrl.setValueChangeMode(ValueChangeMode.LAZY);
            binder.forField(videoUrl)
                    .withValidator((url, context) -> url.isBlank()
                            ? ValidationResult.ok()
                            : VideoSource.problem(url.strip())
                                    .map(ValidationResult::error)
                                    .orElse(ValidationResult.ok()))
                    .bind(Draft::getVideoUrl, Draft::setVideoUrl);
            videoUrl.addValueChangeListener(event -> renderVideo(event.getValue()));
            videoMinutes.setMin(1);
            videoMinutes.setMax(1000);
            binder.forField(videoMinutes).bind(Draft::getVideoMinutes, Draft::setVideoMinutes);
            layout.add(videoUrl, videoMinutes, videoPreview);
        } else {
            quiz = new QuizEditor(courses, limits, module.id());
            layout.add(quiz);
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(onSaved));
        layout.add(save);
        binder.setBean(Draft.of(module.form()));
        renderPreview(body.getValue());
        renderVideo(videoUrl.getValue());
    }

    boolean hasUnsavedChanges() {
        return !Draft.of(module.form()).equals(binder.getBean()) || (quiz != null && quiz.hasUnsavedChanges());
    }

    long moduleId() {
        return module.id();
    }

    void save(Consumer<ModuleEdit> onSaved) {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            ModuleForm form = binder.getBean().form(module.form().kind());
            if (quiz != null) {
                var settings = quiz.settings();
                module = courses.updateQuiz(module.id(), module.version(), form, settings);
                quiz.saved(settings);
            } else {
                module = courses.updateModule(module.id(), module.version(), form);
            }
            binder.setBean(Draft.of(module.form()));
            Notification.show("Module saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(module);
        } catch (InvalidCourseException e) {
            switch (e.field()) {
                case "videoUrl" -> mark(videoUrl, e.getMessage());
                case "videoMinutes" -> mark(videoMinutes, e.getMessage());
                case "body" -> mark(body, e.getMessage());
                case "published" ->
                    Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                default -> mark(title, e.getMessage());
            }
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (CourseConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void renderPreview(String markdown) {
        preview.removeAll();
        preview.add(ModuleContent.html(SafeMarkdown.toHtml(markdown)));
    }

    private void renderVideo(String url) {
        videoPreview.removeAll();
        if (!url.isBlank() && VideoSource.problem(url.strip()).isEmpty()) {
            videoPreview.add(ModuleContent.player(VideoSource.parse(url.strip()), title.getValue()));
        }
    }

    static String kindLabel(ModuleKind kind) {
        return switch (kind) {
            case TEXT -> "Text";
            case VIDEO -> "Video";
            case QUIZ -> "Quiz";
        };
    }

    /** The editor's state; equality tells whether anything changed since loading or saving. */
    static final class Draft {
        private String title = "";
        private boolean required;
        private boolean published;
        private String body = "";
        private String videoUrl = "";
        private @Nullable Integer videoMinutes;

        static Draft of(ModuleForm form) {
            var draft = new Draft();
            draft.title = form.title();
            draft.required = form.required();
            draft.published = form.published();
            draft.body = form.body() == null ? "" : form.body();
            draft.videoUrl = form.videoUrl() == null ? "" : form.videoUrl();
            draft.videoMinutes = form.videoMinutes();
            return draft;
        }

        ModuleForm form(ModuleKind kind) {
            return new ModuleForm(
                    kind,
                    title,
                    required,
                    published,
                    kind == ModuleKind.TEXT ? body : null,
                    kind == ModuleKind.VIDEO && !videoUrl.isBlank() ? videoUrl.strip() : null,
                    kind == ModuleKind.VIDEO ? videoMinutes : null);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Draft that
                    && title.equals(that.title)
                    && required == that.required
                    && published == that.published
                    && body.equals(that.body)
                    && videoUrl.equals(that.videoUrl)
                    && Objects.equals(videoMinutes, that.videoMinutes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(title, required, published, body, videoUrl, videoMinutes);
        }

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        boolean isRequired() {
            return required;
        }

        void setRequired(boolean required) {
            this.required = required;
        }

        boolean isPublished() {
            return published;
        }

        void setPublished(boolean published) {
            this.published = published;
        }

        String getBody() {
            return body;
        }

        void setBody(String body) {
            this.body = body;
        }

        String getVideoUrl() {
            return videoUrl;
        }

        void setVideoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
        }

        @Nullable Integer getVideoMinutes() {
            return videoMinutes;
        }

        void setVideoMinutes(@Nullable Integer videoMinutes) {
            this.videoMinutes = videoMinutes;
        }
    }
}
