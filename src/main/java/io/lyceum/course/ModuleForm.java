package io.lyceum.course;

import org.jspecify.annotations.Nullable;

/** The editable content of a module; which fields matter depends on its kind. */
public record ModuleForm(
        ModuleKind kind,
        String title,
        boolean required,
        boolean published,
        @Nullable String body,
        @Nullable String videoUrl,
        @Nullable Integer videoMinutes) {

    public static ModuleForm text(String title, String markdown) {
        return new ModuleForm(ModuleKind.TEXT, title, true, false, markdown, null, null);
    }

    public static ModuleForm video(String title, String url, @Nullable Integer minutes) {
        return new ModuleForm(ModuleKind.VIDEO, title, true, false, null, url, minutes);
    }

    public static ModuleForm quiz(String title) {
        return new ModuleForm(ModuleKind.QUIZ, title, true, false, null, null, null);
    }

    public ModuleForm withPublished(boolean value) {
        return new ModuleForm(kind, title, required, value, body, videoUrl, videoMinutes);
    }

    public ModuleForm withRequired(boolean value) {
        return new ModuleForm(kind, title, value, published, body, videoUrl, videoMinutes);
    }
}
