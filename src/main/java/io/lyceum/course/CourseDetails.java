package io.lyceum.course;

import java.util.Set;

/** A course's own fields, with who teaches it. */
public record CourseDetails(
        long id, CourseForm form, CourseStatus status, long ownerId, Set<Long> coInstructors, long version) {

    public String title() {
        return form.title();
    }
}
