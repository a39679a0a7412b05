package io.lyceum.course;

import org.jspecify.annotations.Nullable;

/**
 * A module as a student sees it: Markdown already rendered to sanitized HTML, a video already
 * resolved to its player address. Shared by "preview as student" and the course player.
 */
public record StudentModule(
        long id,
        String title,
        ModuleKind kind,
        boolean required,
        @Nullable String html,
        @Nullable VideoSource video,
        @Nullable Integer minutes) {}
