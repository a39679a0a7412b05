package io.lyceum.learning;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One submitted attempt at a quiz module, with the answers as given (JSON, by question index). An
 * attempt with answers a person must still mark is {@code pendingReview}; each mark changes its score
 * and bumps {@code version}, so that two markers at once do not overwrite each other unseen.
 */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt extends AbstractEntity {

    @Column(name = "enrollment_id", nullable = false)
    private long enrollmentId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "score", nullable = false)
    private BigDecimal score;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "answers", nullable = false)
    private String answers;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "pending_review", nullable = false)
    private boolean pendingReview;

    /* Not JPA's @Version: marking checks it under a row lock and bumps it even when the score stays. */
    @Column(name = "version", nullable = false)
    private long version;

    protected QuizAttempt() {
        this.score = BigDecimal.ZERO;
        this.answers = "[]";
        this.submittedAt = Instant.EPOCH;
    }

    QuizAttempt(
            long enrollmentId,
            long moduleId,
            BigDecimal score,
            boolean passed,
            boolean pendingReview,
            String answers,
            Instant submittedAt) {
        this.enrollmentId = enrollmentId;
        this.moduleId = moduleId;
        this.score = score;
        this.passed = passed;
        this.pendingReview = pendingReview;
        this.answers = answers;
        this.submittedAt = submittedAt;
    }

    long enrollmentId() {
        return enrollmentId;
    }

    long moduleId() {
        return moduleId;
    }

    BigDecimal score() {
        return score;
    }

    boolean passed() {
        return passed;
    }

    boolean pendingReview() {
        return pendingReview;
    }

    String answers() {
        return answers;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    long version() {
        return version;
    }

    /** A person marked one of its answers: the score as now computed, and a new version. */
    void marked(BigDecimal score, boolean passed, boolean pendingReview) {
        this.score = score;
        this.passed = passed;
        this.pendingReview = pendingReview;
        this.version++;
    }
}
