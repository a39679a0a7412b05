package io.lyceum.course;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A course of the organization in context. Its outline (sections, modules) is stored beside it. */
@Entity
@Table(name = "course")
class Course extends AbstractEntity {

    static final int TITLE_MAX_LENGTH = 120;
    static final int CATEGORY_MAX_LENGTH = 60;
    static final int DESCRIPTION_MAX_LENGTH = 20_000;
    static final int OUTCOMES_MAX_LENGTH = 2_000;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    @NotBlank(message = "{course.title.required}") @Size(max = TITLE_MAX_LENGTH, message = "{text.too-long}") private String title;

    @Column(name = "description", nullable = false)
    @Size(max = DESCRIPTION_MAX_LENGTH, message = "{text.too-long}") private String description;

    @Column(name = "learning_outcomes", nullable = false)
    @Size(max = OUTCOMES_MAX_LENGTH, message = "{text.too-long}") private String learningOutcomes = "";

    @Column(name = "category", length = CATEGORY_MAX_LENGTH)
    @Size(max = CATEGORY_MAX_LENGTH, message = "{text.too-long}") private @Nullable String category;

    @Column(name = "estimated_minutes")
    private @Nullable Integer estimatedMinutes;

    @Column(name = "cover_file")
    private @Nullable UUID coverFile;

    @Column(name = "self_enrollment", nullable = false)
    private boolean selfEnrollment = true;

    @Column(name = "certificate_hours", precision = 6, scale = 1)
    private @Nullable BigDecimal certificateHours;

    @Column(name = "certificate_validity_months")
    private @Nullable Integer certificateValidityMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CourseStatus status = CourseStatus.DRAFT;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @ElementCollection
    @CollectionTable(name = "course_instructor", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "user_id")
    private Set<Long> coInstructors = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * Optimistic lock over the course and its outline: every outline change touches the course, and
     * a reorder is accepted only against the version the editor loaded.
     */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Course() {
        this.title = "";
        this.description = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Course(CourseForm form, long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.title = "";
        this.description = "";
        this.updatedAt = now;
        apply(form, now);
    }

    void apply(CourseForm form, Instant now) {
        this.title = form.title().strip();
        this.description = form.description();
        this.category = form.category() == null || form.category().isBlank()
                ? null
                : form.category().strip();
        this.estimatedMinutes = form.estimatedMinutes();
        this.coverFile = form.coverFile();
        this.selfEnrollment = form.selfEnrollment();
        this.certificateHours = form.certificateHours();
        this.certificateValidityMonths = form.certificateValidityMonths();
        this.learningOutcomes = form.learningOutcomes();
        this.updatedAt = now;
    }

    CourseForm form() {
        return new CourseForm(
                title,
                description,
                category,
                estimatedMinutes,
                coverFile,
                selfEnrollment,
                certificateHours,
                certificateValidityMonths,
                learningOutcomes);
    }

    String learningOutcomes() {
        return learningOutcomes;
    }

    boolean selfEnrollment() {
        return selfEnrollment;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    @Nullable String category() {
        return category;
    }

    @Nullable Integer estimatedMinutes() {
        return estimatedMinutes;
    }

    @Nullable UUID coverFile() {
        return coverFile;
    }

    CourseStatus status() {
        return status;
    }

    void status(CourseStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    long ownerId() {
        return ownerId;
    }

    Set<Long> coInstructors() {
        return Set.copyOf(coInstructors);
    }

    void coInstructors(Set<Long> userIds, Instant now) {
        coInstructors.clear();
        coInstructors.addAll(userIds);
        coInstructors.remove(ownerId);
        this.updatedAt = now;
    }

    boolean taughtBy(long userId) {
        return ownerId == userId || coInstructors.contains(userId);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    /** Marks an outline change: the course row is updated, so its version moves on. */
    void touch(Instant now) {
        this.updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1000);
    }
}
