package io.lyceum.learning;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One CSV enrollment of a course: who started it, how far it got, how it ended. */
@Entity
@Table(name = "enrollment_import")
class EnrollmentImport extends AbstractEntity {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "started_by")
    private @Nullable Long startedBy;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CsvImports.Status status;

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

    protected EnrollmentImport() {
        this.fileName = "";
        this.status = CsvImports.Status.RUNNING;
        this.startedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    EnrollmentImport(long courseId, @Nullable Long startedBy, String fileName, int totalRows, Instant now) {
        this.courseId = courseId;
        this.startedBy = startedBy;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.status = CsvImports.Status.RUNNING;
        this.totalRows = totalRows;
        this.startedAt = now;
        this.updatedAt = now;
    }

    long courseId() {
        return courseId;
    }

    void progressed(int done, Instant now) {
        this.doneRows = done;
        this.updatedAt = now;
    }

    void finished(@Nullable String notice, Instant now) {
        this.status = CsvImports.Status.FINISHED;
        this.notice = notice;
        this.updatedAt = now;
        this.finishedAt = now;
    }

    void failed(String failure, Instant now) {
        this.status = CsvImports.Status.FAILED;
        this.failure = failure;
        this.updatedAt = now;
        this.finishedAt = now;
    }

    CsvImports.Summary summary(Instant now, Map<BulkEnrollmentReport.Outcome, Long> counts) {
        // A run that has not moved for a while did not survive a restart of the server.
        CsvImports.Status shown =
                status == CsvImports.Status.RUNNING && updatedAt.isBefore(now.minus(CsvImports.STALLED_AFTER))
                        ? CsvImports.Status.INTERRUPTED
                        : status;
        return new CsvImports.Summary(
                id(), fileName, shown, totalRows, doneRows, counts, notice, failure, startedAt, finishedAt);
    }
}
