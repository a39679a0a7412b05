package io.lyceum.course;

import org.jspecify.annotations.Nullable;

/**
 * A module was added to a course, in the transaction that added it: modules that keep a kind's own
 * settings (an assignment's) create them here. {@code copiedFrom}: the module it duplicates, if any.
 */
public record ModuleAdded(
        long courseId,
        long moduleId,
        ModuleKind kind,
        @Nullable Long copiedFrom) {}
