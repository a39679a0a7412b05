package io.lyceum.course;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A heading that groups modules in a course's outline. */
@Entity
@Table(name = "course_section")
class CourseSection extends AbstractEntity {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "title", nullable = false, length = Course.TITLE_MAX_LENGTH)
    @NotBlank(message = "{section.title.required}") @Size(max = Course.TITLE_MAX_LENGTH, message = "{text.too-long}") private String title;

    @Column(name = "position", nullable = false)
    private int position;

    protected CourseSection() {
        this.title = "";
    }

    CourseSection(long courseId, String title, int position) {
        this.courseId = courseId;
        this.title = title.strip();
        this.position = position;
    }

    long courseId() {
        return courseId;
    }

    String title() {
        return title;
    }

    void title(String title) {
        this.title = title.strip();
    }

    int position() {
        return position;
    }
}
