package io.lyceum.course;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an instructor types about a course: its card, whether students may enroll themselves, and
 * what its certificate states (hours, months of validity; none means it never expires).
 */
public record CourseForm(
        String title,
        String description,
        @Nullable String category,
        @Nullable Integer estimatedMinutes,
        @Nullable UUID coverFile,
        boolean selfEnrollment,
        @Nullable BigDecimal certificateHours,
        @Nullable Integer certificateValidityMonths) {

    public CourseForm(String title, String description, @Nullable String category, @Nullable Integer minutes) {
        this(title, description, category, minutes, null);
    }

    public CourseForm(
            String title,
            String description,
            @Nullable String category,
            @Nullable Integer minutes,
            @Nullable UUID coverFile) {
        this(title, description, category, minutes, coverFile, true, null, null);
    }

    public CourseForm withSelfEnrollment(boolean allowed) {
        return new CourseForm(
                title,
                description,
                category,
                estimatedMinutes,
                coverFile,
                allowed,
                certificateHours,
                certificateValidityMonths);
    }

    public CourseForm withCertificate(@Nullable BigDecimal hours, @Nullable Integer validityMonths) {
        return new CourseForm(
                title, description, category, estimatedMinutes, coverFile, selfEnrollment, hours, validityMonths);
    }

    public static final int MAX_VALIDITY_MONTHS = 120;
    public static final BigDecimal MAX_HOURS = new BigDecimal("10000");

    public static final int TITLE_MAX_LENGTH = Course.TITLE_MAX_LENGTH;
    public static final int CATEGORY_MAX_LENGTH = Course.CATEGORY_MAX_LENGTH;
    public static final int DESCRIPTION_MAX_LENGTH = Course.DESCRIPTION_MAX_LENGTH;
}
