package io.lyceum.course;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One step of a course: a text, a video or a quiz. Unpublished modules keep their content. */
@Entity
@Table(name = "course_module")
class CourseModule extends AbstractEntity {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "section_id")
    private @Nullable Long sectionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = ModuleForm.TITLE_MAX_LENGTH)
    @NotBlank(message = "{module.title.required}") @Size(max = ModuleForm.TITLE_MAX_LENGTH, message = "{text.too-long}") private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ModuleKind kind;

    @Column(name = "required", nullable = false)
    private boolean required = true;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "body")
    @Size(max = ModuleForm.BODY_MAX_LENGTH, message = "{text.too-long}") private @Nullable String body;

    @Column(name = "video_url")
    private @Nullable String videoUrl;

    @Column(name = "video_minutes")
    private @Nullable Integer videoMinutes;

    @Version
    private long version;

    protected CourseModule() {
        this.title = "";
        this.kind = ModuleKind.TEXT;
    }

    CourseModule(long courseId, @Nullable Long sectionId, int position, ModuleForm form) {
        this.courseId = courseId;
        this.sectionId = sectionId;
        this.position = position;
        this.kind = form.kind();
        this.title = "";
        apply(form);
    }

    /** A copy for another course (duplicate): same content, unsaved. */
    CourseModule copyTo(long otherCourseId, @Nullable Long otherSectionId) {
        var copy = new CourseModule(otherCourseId, otherSectionId, position, form());
        copy.published = published;
        return copy;
    }

    void apply(ModuleForm form) {
        if (form.kind() != kind) {
            throw new IllegalArgumentException("A " + kind + " module cannot become " + form.kind());
        }
        this.title = form.title().strip();
        this.required = form.required();
        this.published = form.published();
        this.body = form.body();
        this.videoUrl = form.videoUrl();
        this.videoMinutes = form.videoMinutes();
    }

    ModuleForm form() {
        return new ModuleForm(kind, title, required, published, body, videoUrl, videoMinutes);
    }

    long courseId() {
        return courseId;
    }

    @Nullable Long sectionId() {
        return sectionId;
    }

    void section(@Nullable Long sectionId) {
        this.sectionId = sectionId;
    }

    int position() {
        return position;
    }

    ModuleKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    boolean required() {
        return required;
    }

    boolean published() {
        return published;
    }

    void published(boolean published) {
        this.published = published;
    }

    @Nullable String body() {
        return body;
    }

    @Nullable String videoUrl() {
        return videoUrl;
    }

    @Nullable Integer videoMinutes() {
        return videoMinutes;
    }

    long version() {
        return version;
    }
}
