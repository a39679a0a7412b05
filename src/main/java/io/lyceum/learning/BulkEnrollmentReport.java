package io.lyceum.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV import did, row by row; invitation tokens for the students it created.
 *
 * @param notice how the file was read, when the person should know (not UTF-8, say); null otherwise
 */
public record BulkEnrollmentReport(List<Row> rows, @Nullable String notice) {

    public BulkEnrollmentReport {
        rows = List.copyOf(rows);
    }

    /** The whole file was refused, for the reason given (reported on line 1). */
    static BulkEnrollmentReport refused(String reason) {
        return new BulkEnrollmentReport(List.of(new Row(1, "", Outcome.REFUSED, reason, null, null)), null);
    }

    public enum Outcome {
        CREATED_AND_ENROLLED,
        ENROLLED,
        ALREADY_ENROLLED,
        REFUSED
    }

    /**
     * One line of the file: its number, the email it named, what happened and why; the member it
     * created or enrolled, and for a member it created the invitation's token (given to the caller
     * only, never stored).
     */
    public record Row(
            int line,
            String email,
            Outcome outcome,
            String message,
            @Nullable String invitationToken,
            @Nullable Long userId) {}

    public long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
