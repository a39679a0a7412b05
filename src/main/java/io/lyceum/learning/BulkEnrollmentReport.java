package io.lyceum.learning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a CSV import did, row by row; invitation tokens for the students it created. */
public record BulkEnrollmentReport(List<Row> rows) {

    public BulkEnrollmentReport {
        rows = List.copyOf(rows);
    }

    public enum Outcome {
        CREATED_AND_ENROLLED, ENROLLED, ALREADY_ENROLLED, REFUSED
    }

    /** One line of the file: its number, the email it named, what happened and why. */
    public record Row(int line, String email, Outcome outcome, String message, @Nullable String invitationToken) {
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
