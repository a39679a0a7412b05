package io.lyceum.grading;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of one gradebook cell (a learner × a gradable module), in percent. Never changed. */
@Entity
@Table(name = "grade_change")
class GradeChange extends AbstractEntity {

    /** Where a grade was changed. */
    enum Source {
        /** The grading view (an assignment's grade). */
        GRADING,
        /** A cell of the gradebook, typed over. */
        GRADEBOOK,
        /** A quiz answer marked by a person (essay, short answer for review). */
        ANSWER_REVIEW
    }

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "old_value")
    private @Nullable BigDecimal oldValue;

    @Column(name = "new_value")
    private @Nullable BigDecimal newValue;

    @Column(name = "reason", nullable = false)
    private String reason = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private Source source = Source.GRADING;

    @Column(name = "changed_by")
    private @Nullable Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    protected GradeChange() {}

    GradeChange(
            long courseId,
            long moduleId,
            long userId,
            @Nullable BigDecimal oldValue,
            @Nullable BigDecimal newValue,
            String reason,
            Source source,
            @Nullable Long changedBy,
            Instant changedAt) {
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.userId = userId;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.source = source;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    GradeHistory.Entry entry() {
        return new GradeHistory.Entry(oldValue, newValue, reason, source, changedBy, changedAt);
    }
}
