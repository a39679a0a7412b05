package io.lyceum.course;

import io.lyceum.base.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of a module; which fields matter depends on its kind. The constraints are
 * checked by the module editor and by {@link CourseService}; publishing rules (a video needs its
 * link) are the service's.
 */
public record ModuleForm(
        ModuleKind kind,

        @NotBlank(message = "{module.title.required}") @Size(max = TITLE_MAX_LENGTH, message = "{text.too-long}") @PlainText
        String title,

        boolean required,
        boolean published,

        @Size(max = BODY_MAX_LENGTH, message = "{text.too-long}") @Nullable String body,

        @VideoLink @Nullable String videoUrl,

        @Range(min = 1, max = VIDEO_MAX_MINUTES, message = "{module.minutes.range}") @Nullable Integer videoMinutes) {

    public static final int TITLE_MAX_LENGTH = Course.TITLE_MAX_LENGTH;
    public static final int BODY_MAX_LENGTH = 50_000;
    public static final int VIDEO_MAX_MINUTES = 1000;

    public static ModuleForm text(String title, String markdown) {
        return new ModuleForm(ModuleKind.TEXT, title, true, false, markdown, null, null);
    }

    public static ModuleForm video(String title, String url, @Nullable Integer minutes) {
        return new ModuleForm(ModuleKind.VIDEO, title, true, false, null, url, minutes);
    }

    public static ModuleForm quiz(String title) {
        return new ModuleForm(ModuleKind.QUIZ, title, true, false, null, null, null);
    }

    /** An assignment module; its instructions are Markdown, its settings kept by the grading module. */
    public static ModuleForm assignment(String title, String instructions) {
        return new ModuleForm(ModuleKind.ASSIGNMENT, title, true, false, instructions, null, null);
    }

    public ModuleForm withPublished(boolean value) {
        return new ModuleForm(kind, title, required, value, body, videoUrl, videoMinutes);
    }

    public ModuleForm withRequired(boolean value) {
        return new ModuleForm(kind, title, value, published, body, videoUrl, videoMinutes);
    }
}
