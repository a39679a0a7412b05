package io.lyceum.learning;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A project group within a course; its members are in {@code learner_group_member}. */
@Entity
@Table(name = "learner_group")
class LearnerGroup extends AbstractEntity {

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "name", nullable = false, length = Cohort.NAME_MAX_LENGTH)
    private String name = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected LearnerGroup() {}

    LearnerGroup(long courseId, String name, Instant createdAt) {
        this.courseId = courseId;
        this.name = name;
        this.createdAt = createdAt;
    }

    long courseId() {
        return courseId;
    }

    String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
    }
}
