package io.lyceum.course;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A course's own fields, with who teaches it. */
public record CourseDetails(long id, String title, String description, @Nullable String category,
        @Nullable Integer estimatedMinutes, @Nullable Long coverFileId, CourseStatus status, long ownerId,
        Set<Long> coInstructors, long version) {

    public CourseForm form() {
        return new CourseForm(title, description, category, estimatedMinutes, coverFileId);
    }
}
