package io.lyceum.course;

import java.time.Instant;

/** A course as the course list shows it. */
public record CourseSummary(
        long id, String title, CourseStatus status, long modules, long enrolled, Instant updatedAt) {

    CourseSummary withEnrolled(long count) {
        return new CourseSummary(id, title, status, modules, count, updatedAt);
    }
}
