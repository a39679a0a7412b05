package io.lyceum.grading;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's effective due date for an assignment: their own extension, else their cohort's
 * extension, else their cohort's due date (relative to its start), else the assignment's own.
 * Callers check access.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Deadlines {

    /** Where an effective due date comes from. */
    enum Source {
        ASSIGNMENT,
        COHORT,
        COHORT_EXTENSION,
        EXTENSION
    }

    /** A due date (none: no due date) with where it comes from and, for an extension, its reason. */
    record Deadline(
            @Nullable Instant dueAt,
            Source source,
            @Nullable String reason) {}

    private final AssignmentRepository assignments;

    Deadlines(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    Deadline dueFor(Assignment assignment, long userId) {
        return dueFor(assignment, List.of(userId)).get(userId);
    }

    /** The effective due date of each of these learners; one query per source, whatever their number. */
    Map<Long, Deadline> dueFor(Assignment assignment, Collection<Long> userIds) {
        // Cohort due dates and extensions are added by the deadlines work.
        var deadlines = new HashMap<Long, Deadline>();
        for (Long userId : userIds) {
            deadlines.put(userId, new Deadline(assignment.dueAt(), Source.ASSIGNMENT, null));
        }
        return deadlines;
    }
}
