package io.lyceum.course;

import org.jspecify.annotations.Nullable;

/** What an instructor types about a course. */
public record CourseForm(String title, String description, @Nullable String category,
        @Nullable Integer estimatedMinutes, @Nullable Long coverFileId) {

    public CourseForm(String title, String description, @Nullable String category, @Nullable Integer minutes) {
        this(title, description, category, minutes, null);
    }

    public static final int TITLE_MAX_LENGTH = Course.TITLE_MAX_LENGTH;
    public static final int CATEGORY_MAX_LENGTH = Course.CATEGORY_MAX_LENGTH;
    public static final int DESCRIPTION_MAX_LENGTH = Course.DESCRIPTION_MAX_LENGTH;
}
