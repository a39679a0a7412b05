package io.lyceum.compliance;

import io.lyceum.base.validation.PlainText;
import io.lyceum.identity.Role;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * What an admin decides about a required course: the course, whom it is required of (a role's name
 * or a cohort's label for those audiences), by when (a date, or days after the person was assigned),
 * and whether it is due again every few months.
 */
public record TrainingForm(
        @NotNull(message = "{required-training.course.required}") @Nullable Long courseId,

        @NotNull(message = "{required-training.audience.required}") @Nullable Audience audience,

        @Size(max = AUDIENCE_MAX_LENGTH, message = "{required-training.audience-value.too-long}") @PlainText @Nullable String audienceValue,

        @Nullable LocalDate dueOn,

        @Range(min = 1, max = MAX_DAYS, message = "{required-training.due-after.range}") @Nullable Integer dueAfterDays,

        @Range(min = 1, max = MAX_MONTHS, message = "{required-training.recurrence.range}") @Nullable Integer recurrenceMonths) {

    public static final int AUDIENCE_MAX_LENGTH = 60;
    public static final int MAX_DAYS = 3650;
    public static final int MAX_MONTHS = 120;

    /** Exactly one of a date and a number of days. */
    @AssertTrue(message = "{required-training.due.one}") public boolean isDueGiven() {
        return (dueOn == null) != (dueAfterDays == null);
    }

    /** A role or cohort audience names which; everyone names none. */
    @AssertTrue(message = "{required-training.audience-value.required}") public boolean isAudienceNamed() {
        boolean named = audienceValue != null && !audienceValue.isBlank();
        return audience == null || (audience == Audience.EVERYONE) != named;
    }

    /** A role audience names one of the roles. */
    @AssertTrue(message = "{required-training.role.unknown}") public boolean isRoleKnown() {
        if (audience != Audience.ROLE || audienceValue == null || audienceValue.isBlank()) {
            return true;
        }
        try {
            Role.valueOf(audienceValue.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Nullable String audienceValueStripped() {
        return audience == Audience.EVERYONE || audienceValue == null || audienceValue.isBlank()
                ? null
                : audienceValue.strip();
    }
}
