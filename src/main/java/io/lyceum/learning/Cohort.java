package io.lyceum.learning;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One intake of a course (a bootcamp's March class): its members are enrollments. */
@Entity
@Table(name = "cohort")
class Cohort extends AbstractEntity {

    static final int NAME_MAX_LENGTH = 60;
    static final int SCHEDULE_MAX_LENGTH = 20_000;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Column(name = "starts_on")
    private @Nullable LocalDate startsOn;

    @Column(name = "schedule", nullable = false)
    private String schedule = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Cohort() {}

    Cohort(long courseId, String name, Instant createdAt) {
        this.courseId = courseId;
        this.createdAt = createdAt;
        name(name);
    }

    long courseId() {
        return courseId;
    }

    String name() {
        return name;
    }

    void name(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A cohort's name has 1 to " + NAME_MAX_LENGTH + " characters");
        }
        this.name = stripped;
    }

    @Nullable LocalDate startsOn() {
        return startsOn;
    }

    void startsOn(@Nullable LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    String schedule() {
        return schedule;
    }

    void schedule(String schedule) {
        this.schedule = schedule;
    }

    long version() {
        return version;
    }
}
