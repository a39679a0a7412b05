package io.lyceum.grading;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;

/** A course's rubric, reused by its assignments; {@code spec} is the JSON of its {@link RubricSpec}. */
@Entity
@Table(name = "rubric")
class Rubric extends AbstractEntity {

    static final int TITLE_MAX_LENGTH = RubricForm.TITLE_MAX_LENGTH;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "spec", nullable = false)
    private String spec;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Rubric() {
        title = "";
        spec = "";
        createdAt = Instant.EPOCH;
    }

    Rubric(long courseId, String title, RubricSpec spec, Instant createdAt) {
        this.courseId = courseId;
        this.createdAt = createdAt;
        this.title = title;
        this.spec = JSON.writeValueAsString(spec);
    }

    /** The same rubric in another course (a duplicated course's), with the very same spec text. */
    Rubric copyTo(long otherCourseId) {
        var copy = new Rubric();
        copy.courseId = otherCourseId;
        copy.title = title;
        copy.spec = spec;
        copy.createdAt = createdAt;
        return copy;
    }

    void change(String title, RubricSpec spec) {
        this.title = title;
        this.spec = JSON.writeValueAsString(spec);
    }

    long courseId() {
        return courseId;
    }

    String title() {
        return title;
    }

    RubricSpec spec() {
        return JSON.readValue(spec, RubricSpec.class);
    }

    /** The stored JSON, to tell copies of one rubric apart from others of the same title. */
    String specJson() {
        return spec;
    }

    long version() {
        return version;
    }
}
