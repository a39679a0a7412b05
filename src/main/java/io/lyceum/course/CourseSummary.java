package io.lyceum.course;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A course as the course list shows it; {@code readOnly} says why it is read-only, if it is. */
public record CourseSummary(
        long id,
        String title,
        CourseStatus status,
        long modules,
        long enrolled,
        Instant updatedAt,
        @Nullable String readOnly) {

    /** As the list's query reads it, before learners and the plan are asked. */
    public CourseSummary(long id, String title, CourseStatus status, long modules, long enrolled, Instant updatedAt) {
        this(id, title, status, modules, enrolled, updatedAt, null);
    }

    CourseSummary withEnrolled(long count) {
        return new CourseSummary(id, title, status, modules, count, updatedAt, readOnly);
    }

    CourseSummary withReadOnly(@Nullable String reason) {
        return new CourseSummary(id, title, status, modules, enrolled, updatedAt, reason);
    }
}
