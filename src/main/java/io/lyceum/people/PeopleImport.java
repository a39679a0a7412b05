package io.lyceum.people;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One CSV import of people: who started it, how far it got, how it ended. */
@Entity
@Table(name = "people_import")
class PeopleImport extends AbstractEntity {

    /** A run that has not moved for this long did not survive a restart of the server. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(10);

    @Column(name = "started_by")
    private @Nullable Long startedBy;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PeopleImportReport.Status status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "done_rows", nullable = false)
    private int doneRows;

    @Column(name = "notice")
    private @Nullable String notice;

    @Column(name = "failure")
    private @Nullable String failure;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    protected PeopleImport() {
        this.fileName = "";
        this.status = PeopleImportReport.Status.RUNNING;
        this.startedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    PeopleImport(@Nullable Long startedBy, String fileName, int totalRows, Instant now) {
        this.startedBy = startedBy;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.status = PeopleImportReport.Status.RUNNING;
        this.totalRows = totalRows;
        this.startedAt = now;
        this.updatedAt = now;
    }

    String fileName() {
        return fileName;
    }

    void progressed(int done, Instant now) {
        this.doneRows = done;
        this.updatedAt = now;
    }

    void finished(@Nullable String notice, Instant now) {
        this.status = PeopleImportReport.Status.FINISHED;
        this.notice = notice;
        this.updatedAt = now;
        this.finishedAt = now;
    }

    void failed(String failure, Instant now) {
        this.status = PeopleImportReport.Status.FAILED;
        this.failure = failure;
        this.updatedAt = now;
        this.finishedAt = now;
    }

    PeopleImportReport.Summary summary(Instant now, Map<PeopleImportReport.Outcome, Long> counts) {
        PeopleImportReport.Status shown =
                status == PeopleImportReport.Status.RUNNING && updatedAt.isBefore(now.minus(STALLED_AFTER))
                        ? PeopleImportReport.Status.INTERRUPTED
                        : status;
        return new PeopleImportReport.Summary(
                id(), fileName, shown, totalRows, doneRows, counts, notice, failure, startedAt, finishedAt);
    }
}
