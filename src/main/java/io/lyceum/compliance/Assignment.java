package io.lyceum.compliance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A required course as the admins' list shows it, with how its people stand. */
public record Assignment(
        long id,
        long courseId,
        String courseTitle,
        Audience audience,
        @Nullable String audienceValue,
        @Nullable LocalDate dueOn,
        @Nullable Integer dueAfterDays,
        @Nullable Integer recurrenceMonths,
        long people,
        long done,
        long overdue) {

    public TrainingForm form() {
        return new TrainingForm(courseId, audience, audienceValue, dueOn, dueAfterDays, recurrenceMonths);
    }
}
