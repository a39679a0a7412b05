package io.lyceum.grading;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One learner's work on one assignment: the draft and its state; versions are {@link SubmissionVersion}. */
@Entity
@Table(name = "submission")
class Submission extends AbstractEntity {

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SubmissionStatus status = SubmissionStatus.DRAFT;

    @Column(name = "draft_text")
    private @Nullable String draftText;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Version
    private long version;

    protected Submission() {}

    long assignmentId() {
        return assignmentId;
    }

    long userId() {
        return userId;
    }

    SubmissionStatus status() {
        return status;
    }

    void status(SubmissionStatus status) {
        this.status = status;
    }

    @Nullable String draftText() {
        return draftText;
    }

    void draftText(@Nullable String draftText) {
        this.draftText = draftText;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    boolean late() {
        return late;
    }

    /** A version was handed in at {@code at}. */
    void submitted(Instant at, boolean late) {
        this.submittedAt = at;
        this.late = late;
        this.status = SubmissionStatus.SUBMITTED;
    }

    long version() {
        return version;
    }
}
