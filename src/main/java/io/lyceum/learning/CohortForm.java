package io.lyceum.learning;

import io.lyceum.base.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an instructor gives a cohort: its name (unique in the course), start date and schedule (Markdown). */
public record CohortForm(
        @NotBlank(message = "{cohorts.name.required}") @Size(max = CohortForm.NAME_MAX_LENGTH, message = "{cohorts.name.too-long}") @PlainText
        String name,

        @Nullable LocalDate startsOn,

        @Size(max = CohortForm.SCHEDULE_MAX_LENGTH, message = "{cohorts.schedule.too-long}") String schedule) {

    public static final int NAME_MAX_LENGTH = Cohort.NAME_MAX_LENGTH;
    public static final int SCHEDULE_MAX_LENGTH = Cohort.SCHEDULE_MAX_LENGTH;

    public CohortForm {
        schedule = schedule == null ? "" : schedule;
    }
}
