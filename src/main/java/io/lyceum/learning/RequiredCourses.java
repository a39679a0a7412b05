package io.lyceum.learning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Courses the organization requires of the signed-in learner (its compliance rules, kept by another
 * module), so that My learning and the course page can say "Required — due in 5 days". Learning only
 * shows them; none is implemented when no module keeps such rules.
 */
public interface RequiredCourses {

    /** Where a learner stands with a required course. */
    enum Standing {
        DONE,
        DUE,
        OVERDUE
    }

    /**
     * One required course: {@code days} until it is due ({@link Standing#DUE}) or since it was due
     * ({@link Standing#OVERDUE}), in whole days of the organization's calendar.
     */
    record Requirement(
            long courseId, Standing standing, @Nullable LocalDate dueOn, long days) {}

    /** The signed-in learner's requirements among these courses, the most urgent one per course. */
    Map<Long, Requirement> mine(Collection<Long> courseIds);
}
