package io.lyceum.grading;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version handed in: its text and/or file, its time, whether and how late it came. Never changed. */
@Entity
@Table(name = "submission_version")
class SubmissionVersion extends AbstractEntity {

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "text")
    private @Nullable String text;

    @Column(name = "file_id")
    private @Nullable UUID fileId;

    @Column(name = "file_name")
    private @Nullable String fileName;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "days_late", nullable = false)
    private int daysLate;

    protected SubmissionVersion() {
        this.submittedAt = Instant.EPOCH;
    }

    SubmissionVersion(
            long submissionId,
            int number,
            @Nullable String text,
            @Nullable UUID fileId,
            @Nullable String fileName,
            Instant submittedAt,
            int daysLate) {
        this.submissionId = submissionId;
        this.number = number;
        this.text = text;
        this.fileId = fileId;
        this.fileName = fileName;
        this.submittedAt = submittedAt;
        this.daysLate = daysLate;
        this.late = daysLate > 0;
    }

    long submissionId() {
        return submissionId;
    }

    int number() {
        return number;
    }

    @Nullable String text() {
        return text;
    }

    @Nullable UUID fileId() {
        return fileId;
    }

    @Nullable String fileName() {
        return fileName;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    boolean late() {
        return late;
    }

    int daysLate() {
        return daysLate;
    }
}
