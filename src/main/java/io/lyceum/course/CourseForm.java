package io.lyceum.course;

import io.lyceum.base.validation.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * What an instructor types about a course: its card, whether students may enroll themselves, and
 * what its certificate states (hours, months of validity; none means it never expires). The
 * constraints are checked by the course dialog as it is filled in and by {@link CourseService}.
 */
public record CourseForm(
        @NotBlank(message = "{course.title.required}") @Size(max = TITLE_MAX_LENGTH, message = "{text.too-long}") @PlainText
        String title,

        @Size(max = DESCRIPTION_MAX_LENGTH, message = "{text.too-long}") String description,

        @Size(max = CATEGORY_MAX_LENGTH, message = "{text.too-long}") @PlainText @Nullable String category,

        @Range(min = 1, max = MAX_MINUTES, message = "{course.minutes.range}") @Nullable Integer estimatedMinutes,

        @Nullable UUID coverFile,
        boolean selfEnrollment,

        @DecimalMin(value = "0.1", message = "{course.hours.range}") @DecimalMax(value = MAX_HOURS_TEXT, message = "{course.hours.range}") @Digits(integer = 5, fraction = 1, message = "{course.hours.range}") @Nullable BigDecimal certificateHours,

        @Range(min = 1, max = MAX_VALIDITY_MONTHS, message = "{course.validity.range}") @Nullable Integer certificateValidityMonths,

        // Lines are its point: no @PlainText, which refuses line breaks. Shown as escaped text only.
        @Size(max = OUTCOMES_MAX_LENGTH, message = "{text.too-long}") String learningOutcomes) {

    public CourseForm {
        learningOutcomes = learningOutcomes == null ? "" : learningOutcomes.strip();
    }

    public CourseForm(
            String title,
            String description,
            @Nullable String category,
            @Nullable Integer estimatedMinutes,
            @Nullable UUID coverFile,
            boolean selfEnrollment,
            @Nullable BigDecimal certificateHours,
            @Nullable Integer certificateValidityMonths) {
        this(
                title,
                description,
                category,
                estimatedMinutes,
                coverFile,
                selfEnrollment,
                certificateHours,
                certificateValidityMonths,
                "");
    }

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
                certificateValidityMonths,
                learningOutcomes);
    }

    public CourseForm withCertificate(@Nullable BigDecimal hours, @Nullable Integer validityMonths) {
        return new CourseForm(
                title,
                description,
                category,
                estimatedMinutes,
                coverFile,
                selfEnrollment,
                hours,
                validityMonths,
                learningOutcomes);
    }

    /** What students will learn, one point per line. */
    public CourseForm withLearningOutcomes(String outcomes) {
        return new CourseForm(
                title,
                description,
                category,
                estimatedMinutes,
                coverFile,
                selfEnrollment,
                certificateHours,
                certificateValidityMonths,
                outcomes);
    }

    /** The points of {@link #learningOutcomes}, without blank lines or list marks people type. */
    public static List<String> outcomeLines(String outcomes) {
        return outcomes.lines()
                .map(line -> line.strip().replaceFirst("^[-*•]\\s*", ""))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    public static final int MAX_MINUTES = 100_000;
    public static final int MAX_VALIDITY_MONTHS = 120;
    static final String MAX_HOURS_TEXT = "10000";
    public static final BigDecimal MAX_HOURS = new BigDecimal(MAX_HOURS_TEXT);

    public static final int TITLE_MAX_LENGTH = Course.TITLE_MAX_LENGTH;
    public static final int CATEGORY_MAX_LENGTH = Course.CATEGORY_MAX_LENGTH;
    public static final int DESCRIPTION_MAX_LENGTH = Course.DESCRIPTION_MAX_LENGTH;
    public static final int OUTCOMES_MAX_LENGTH = Course.OUTCOMES_MAX_LENGTH;
}
