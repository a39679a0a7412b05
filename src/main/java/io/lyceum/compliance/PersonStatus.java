package io.lyceum.compliance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One person and one required course: their status, when it is (or was) due, {@code days} until or
 * since then, and why enrolling them was refused, if it was.
 */
public record PersonStatus(
        long trainingId,
        long userId,
        String name,
        String email,
        long courseId,
        String courseTitle,
        TrainingStatus status,
        @Nullable LocalDate dueOn,
        long days,
        @Nullable String refusal) {}
