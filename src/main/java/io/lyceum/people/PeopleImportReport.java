package io.lyceum.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a CSV import of people did, line by line, and where a run of it stands. */
public final class PeopleImportReport {

    private PeopleImportReport() {}

    public enum Outcome {
        /** Not a member yet: added with the roles named, invitation sent by mail. */
        INVITED,
        /** Already a member: the roles named were added (none taken away), or the cohort set. */
        UPDATED,
        /** Already a member with those roles and cohort, or deactivated: nothing changed. */
        SKIPPED,
        /** Not applied, for the reason given (an invalid email, an unknown role, the plan's limit, a short row). */
        REFUSED
    }

    /** One line of the file: its number, the email it named, what happened and why; the member concerned. */
    public record Row(
            int line,
            String email,
            Outcome outcome,
            String message,
            @Nullable Long userId) {}

    public enum Status {
        RUNNING,
        FINISHED,
        FAILED,
        INTERRUPTED
    }

    /** A run as the import page lists it. */
    public record Summary(
            long id,
            String fileName,
            Status status,
            int totalRows,
            int doneRows,
            Map<Outcome, Long> outcomes,
            @Nullable String notice,
            @Nullable String failure,
            Instant startedAt,
            @Nullable Instant finishedAt) {

        public Summary {
            outcomes = Map.copyOf(outcomes);
        }

        public long count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }
    }

    /** The rows of a whole run and how the file was read. */
    record Result(List<Row> rows, @Nullable String notice) {}
}
