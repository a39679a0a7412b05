package io.lyceum.learning;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** A student in a course. Progress and completion are written by SQL in {@link ProgressWriter}. */
@Entity
@Table(name = "enrollment")
// Progress and completion are written by SQL: an update from here touches only what it changed.
@DynamicUpdate
class Enrollment extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EnrollmentStatus status = EnrollmentStatus.ACTIVE;

    @Column(name = "progress", nullable = false, insertable = false, updatable = false)
    private BigDecimal progress = BigDecimal.ZERO;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "completed_at", insertable = false, updatable = false)
    private @Nullable Instant completedAt;

    @Column(name = "cohort_id")
    private @Nullable Long cohortId;

    @Column(name = "access_ends_at")
    private @Nullable Instant accessEndsAt;

    @Column(name = "last_accessed_at", insertable = false, updatable = false)
    private @Nullable Instant lastAccessedAt;

    @Column(name = "restarted_at", insertable = false, updatable = false)
    private @Nullable Instant restartedAt;

    @Column(name = "last_module_id", insertable = false, updatable = false)
    private @Nullable Long lastModuleId;

    protected Enrollment() {
        this.enrolledAt = Instant.EPOCH;
    }

    Enrollment(long userId, long courseId, Instant enrolledAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.enrolledAt = enrolledAt;
    }

    long userId() {
        return userId;
    }

    long courseId() {
        return courseId;
    }

    EnrollmentStatus status() {
        return status;
    }

    void status(EnrollmentStatus status) {
        this.status = status;
    }

    static final int COHORT_MAX_LENGTH = Cohort.NAME_MAX_LENGTH;

    /** Quiz attempts count from here: the enrollment's start, or the learner's last retake. */
    Instant attemptsCountFrom() {
        return restartedAt == null ? Instant.EPOCH : restartedAt;
    }

    @Nullable Long cohortId() {
        return cohortId;
    }

    void cohortId(@Nullable Long cohortId) {
        this.cohortId = cohortId;
    }

    @Nullable Instant accessEndsAt() {
        return accessEndsAt;
    }

    void accessEndsAt(@Nullable Instant end) {
        this.accessEndsAt = end;
    }

    boolean accessEndedAt(Instant now) {
        return accessEndsAt != null && !now.isBefore(accessEndsAt);
    }

    @Nullable Instant lastAccessedAt() {
        return lastAccessedAt;
    }

    BigDecimal progress() {
        return progress;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    @Nullable Instant completedAt() {
        return completedAt;
    }

    EnrollmentSummary summary() {
        return new EnrollmentSummary(
                id(), userId, courseId, status, progress, enrolledAt, completedAt, lastModuleId, lastAccessedAt);
    }
}
