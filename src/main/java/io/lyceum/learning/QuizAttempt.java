package io.lyceum.learning;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One submitted attempt at a quiz module, with the answers as given (JSON). */
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

    protected QuizAttempt() {
        this.score = BigDecimal.ZERO;
        this.answers = "[]";
        this.submittedAt = Instant.EPOCH;
    }

    QuizAttempt(
            long enrollmentId, long moduleId, BigDecimal score, boolean passed, String answers, Instant submittedAt) {
        this.enrollmentId = enrollmentId;
        this.moduleId = moduleId;
        this.score = score;
        this.passed = passed;
        this.answers = answers;
        this.submittedAt = submittedAt;
    }

    BigDecimal score() {
        return score;
    }
}
