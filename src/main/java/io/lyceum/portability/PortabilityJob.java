package io.lyceum.portability;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An export or import as its page shows it: progress, outcome, and for an export its zip's size. */
public record PortabilityJob(
        UUID token,
        Kind kind,
        @Nullable Long organizationId,
        String slug,
        String requestedBy,
        Status status,
        long doneRows,
        long totalRows,
        @Nullable Long bytes,
        @Nullable String report,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Instant expiresAt) {

    public enum Kind {
        EXPORT,
        IMPORT
    }

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    public boolean done() {
        return status == Status.DONE;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** Between 0 and 1. */
    public double fraction() {
        return totalRows == 0 ? (done() ? 1 : 0) : Math.min(1, (double) doneRows / totalRows);
    }
}
