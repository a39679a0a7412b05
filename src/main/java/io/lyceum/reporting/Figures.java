package io.lyceum.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The values the reports show. */
public final class Figures {

    private Figures() {}

    /** A count in one week or month (starting on {@code start}). */
    public record Period(LocalDate start, long count) {}

    /** A course's completions among its learners (withdrawn ones not counted). */
    public record Completion(long courseId, String title, long learners, long completed) {

        /** Completed learners in percent, 0 without learners. */
        public double rate() {
            return learners == 0 ? 0 : 100.0 * completed / learners;
        }
    }

    /** A course's average quiz score (0–100) over the attempts submitted in the period. */
    public record QuizScore(long courseId, String title, double average, long attempts) {}

    /** Certificates (valid, not replaced) that expire within 30, 60 and 90 days from today. */
    public record Expiring(long within30, long within60, long within90) {}

    /** A person behind a figure, with what the list says about them. */
    public record Person(
            long userId,
            String name,
            String email,
            String course,
            @Nullable String detail,
            @Nullable LocalDate date) {}

    /** The rows of a chart's CSV, values as they are (numbers with a dot, dates ISO). */
    public record Table(List<List<String>> rows) {}
}
