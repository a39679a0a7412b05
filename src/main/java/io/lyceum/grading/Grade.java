package io.lyceum.grading;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The instructor's grade of a submission: rubric levels clicked, points (override with a reason),
 * the late penalty, feedback and an annotated file. The learner sees it once {@code releasedAt} is
 * set. {@code version} refuses a save made against a grade another instructor changed meanwhile.
 */
@Entity
@Table(name = "grade")
class Grade extends AbstractEntity {

    @Column(name = "submission_id", nullable = false, unique = true)
    private long submissionId;

    /** JSON of criterion id → level id. */
    @Column(name = "rubric_levels", nullable = false)
    private String rubricLevels = "{}";

    @Column(name = "raw_points")
    private @Nullable BigDecimal rawPoints;

    @Column(name = "override_points")
    private @Nullable BigDecimal overridePoints;

    @Column(name = "override_reason")
    private @Nullable String overrideReason;

    @Column(name = "penalty_percent", nullable = false)
    private BigDecimal penaltyPercent = BigDecimal.ZERO;

    /** What counts: override, else raw points, less the penalty; null while ungraded. */
    @Column(name = "points")
    private @Nullable BigDecimal points;

    @Column(name = "feedback", nullable = false)
    private String feedback = "";

    @Column(name = "feedback_file")
    private @Nullable UUID feedbackFile;

    @Column(name = "graded_by")
    private @Nullable Long gradedBy;

    @Column(name = "graded_at")
    private @Nullable Instant gradedAt;

    @Column(name = "released_at")
    private @Nullable Instant releasedAt;

    @Version
    private long version;

    protected Grade() {}

    Grade(long submissionId) {
        this.submissionId = submissionId;
    }

    /** The instructor's marking as saved: {@code points} is what counts (see the class comment). */
    void grade(
            String rubricLevels,
            @Nullable BigDecimal rawPoints,
            @Nullable BigDecimal overridePoints,
            @Nullable String overrideReason,
            BigDecimal penaltyPercent,
            @Nullable BigDecimal points,
            String feedback,
            @Nullable UUID feedbackFile,
            long gradedBy,
            Instant gradedAt) {
        this.rubricLevels = rubricLevels;
        this.rawPoints = rawPoints;
        this.overridePoints = overridePoints;
        this.overrideReason = overrideReason;
        this.penaltyPercent = penaltyPercent;
        this.points = points;
        this.feedback = feedback;
        this.feedbackFile = feedbackFile;
        this.gradedBy = gradedBy;
        this.gradedAt = gradedAt;
    }

    /** The learner may see it from now on. */
    void release(Instant at) {
        this.releasedAt = at;
    }

    long submissionId() {
        return submissionId;
    }

    String rubricLevels() {
        return rubricLevels;
    }

    @Nullable BigDecimal rawPoints() {
        return rawPoints;
    }

    @Nullable BigDecimal overridePoints() {
        return overridePoints;
    }

    @Nullable String overrideReason() {
        return overrideReason;
    }

    BigDecimal penaltyPercent() {
        return penaltyPercent;
    }

    @Nullable BigDecimal points() {
        return points;
    }

    String feedback() {
        return feedback;
    }

    @Nullable UUID feedbackFile() {
        return feedbackFile;
    }

    @Nullable Long gradedBy() {
        return gradedBy;
    }

    @Nullable Instant gradedAt() {
        return gradedAt;
    }

    @Nullable Instant releasedAt() {
        return releasedAt;
    }

    boolean released() {
        return releasedAt != null;
    }

    long version() {
        return version;
    }
}
