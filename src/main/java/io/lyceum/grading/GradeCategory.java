package io.lyceum.grading;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A gradebook category of a course; {@code version} refuses an edit made against a changed category. */
@Entity
@Table(name = "grade_category")
class GradeCategory extends AbstractEntity {

    static final int NAME_MAX_LENGTH = 60;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "weight", nullable = false)
    private BigDecimal weight = BigDecimal.ZERO;

    @Column(name = "drop_lowest", nullable = false)
    private int dropLowest;

    @Column(name = "position", nullable = false)
    private int position;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GradeCategory() {}

    GradeCategory(long courseId, String name, BigDecimal weight, int dropLowest, int position) {
        this.courseId = courseId;
        this.position = position;
        change(name, weight, dropLowest);
    }

    void change(String name, BigDecimal weight, int dropLowest) {
        this.name = name.strip();
        this.weight = weight;
        this.dropLowest = dropLowest;
    }

    long courseId() {
        return courseId;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    GradebookCategory summary() {
        return new GradebookCategory(id(), name, weight, dropLowest, version);
    }
}
