package io.lyceum.grading;

import io.lyceum.base.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rubric as its editor holds it. Criteria and levels without an id are new: the service gives them
 * short random ids, which then stay through every edit (grades refer to them).
 */
public record RubricForm(
        @NotBlank(message = "{rubric.title.required}") @Size(max = TITLE_MAX_LENGTH, message = "{text.too-long}") @PlainText
        String title,

        @NotEmpty(message = "{rubric.criteria.required}") @Size(max = MAX_CRITERIA, message = "{rubric.criteria.too-many}") List<@Valid Criterion> criteria) {

    public static final int TITLE_MAX_LENGTH = 120;
    public static final int MAX_CRITERIA = 30;
    public static final int MAX_LEVELS = 10;
    public static final int CRITERION_TITLE_MAX_LENGTH = 200;
    public static final int LEVEL_TITLE_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    public RubricForm {
        criteria = List.copyOf(criteria);
    }

    public record Criterion(
            @Nullable String id,

            @NotBlank(message = "{rubric.criterion.title.required}") @Size(max = CRITERION_TITLE_MAX_LENGTH, message = "{text.too-long}") @PlainText
            String title,

            @Size(max = DESCRIPTION_MAX_LENGTH, message = "{text.too-long}") String description,

            @NotEmpty(message = "{rubric.levels.required}") @Size(max = MAX_LEVELS, message = "{rubric.levels.too-many}") List<@Valid Level> levels) {

        public Criterion {
            levels = List.copyOf(levels);
        }
    }

    public record Level(
            @Nullable String id,

            @NotBlank(message = "{rubric.level.title.required}") @Size(max = LEVEL_TITLE_MAX_LENGTH, message = "{text.too-long}") @PlainText
            String title,

            @Size(max = DESCRIPTION_MAX_LENGTH, message = "{text.too-long}") String description,

            @NotNull(message = "{rubric.points.min}") @DecimalMin(value = "0", message = "{rubric.points.min}") @Digits(integer = 5, fraction = 2, message = "{assignment.points.digits}") @Nullable BigDecimal points) {}

    /** The form of a stored rubric, to edit it. */
    public static RubricForm of(String title, RubricSpec spec) {
        return new RubricForm(
                title,
                spec.criteria().stream()
                        .map(criterion -> new Criterion(
                                criterion.id(),
                                criterion.title(),
                                criterion.description(),
                                criterion.levels().stream()
                                        .map(level -> new Level(
                                                level.id(), level.title(), level.description(), level.points()))
                                        .toList()))
                        .toList());
    }
}
