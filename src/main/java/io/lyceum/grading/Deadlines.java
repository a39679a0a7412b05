package io.lyceum.grading;

import io.lyceum.learning.CourseCohorts;
import io.lyceum.learning.CourseCohorts.CohortSummary;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    private final CourseCohorts cohorts;
    private final EntityManager entityManager;

    Deadlines(AssignmentRepository assignments, CourseCohorts cohorts, EntityManager entityManager) {
        this.assignments = assignments;
        this.cohorts = cohorts;
        this.entityManager = entityManager;
    }

    Deadline dueFor(Assignment assignment, long userId) {
        return dueFor(assignment, List.of(userId)).get(userId);
    }

    /** The effective due date of each of these learners; one query per source, whatever their number. */
    Map<Long, Deadline> dueFor(Assignment assignment, Collection<Long> userIds) {
        var deadlines = new HashMap<Long, Deadline>();
        if (userIds.isEmpty()) {
            return deadlines;
        }
        Map<Long, CohortSummary> cohortOf = cohorts.cohortsOf(assignment.courseId(), userIds);
        var cohortIds =
                cohortOf.values().stream().map(CohortSummary::id).distinct().toList();
        var cohortDue = new HashMap<Long, Instant>();
        var cohortExtension = new HashMap<Long, Deadline>();
        var ownExtension = new HashMap<Long, Deadline>();
        if (!cohortIds.isEmpty()) {
            ZoneId zone = TenantContext.require().timeZone();
            Map<Long, LocalDate> starts = new HashMap<>();
            cohortOf.values().forEach(cohort -> {
                if (cohort.startsOn() != null) {
                    starts.put(cohort.id(), cohort.startsOn());
                }
            });
            for (Object[] row : rows(
                    "select cohort_id, days_after_start, due_time from assignment_cohort_due"
                            + " where assignment_id = ?1 and cohort_id in (?2)",
                    assignment.id(),
                    cohortIds)) {
                long cohortId = ((Number) row[0]).longValue();
                LocalDate start = starts.get(cohortId);
                if (start != null) {
                    cohortDue.put(cohortId, relative(start, ((Number) row[1]).intValue(), time(row[2]), zone));
                }
            }
        }
        for (Object[] row : rows(
                "select cohort_id, user_id, due_at, reason from assignment_extension where assignment_id = ?1"
                        + " and (user_id in (?2) or cohort_id in (?3))",
                assignment.id(),
                userIds,
                cohortIds.isEmpty() ? List.of(-1L) : cohortIds)) {
            if (row[1] != null) {
                ownExtension.put(((Number) row[1]).longValue(), new Deadline(instant(row[2]), Source.EXTENSION, (String)
                        row[3]));
            } else {
                cohortExtension.put(
                        ((Number) row[0]).longValue(),
                        new Deadline(instant(row[2]), Source.COHORT_EXTENSION, (String) row[3]));
            }
        }
        for (Long userId : userIds) {
            CohortSummary cohort = cohortOf.get(userId);
            Deadline deadline = ownExtension.get(userId);
            if (deadline == null && cohort != null) {
                deadline = cohortExtension.get(cohort.id());
                if (deadline == null && cohortDue.containsKey(cohort.id())) {
                    deadline = new Deadline(cohortDue.get(cohort.id()), Source.COHORT, null);
                }
            }
            deadlines.put(
                    userId, deadline != null ? deadline : new Deadline(assignment.dueAt(), Source.ASSIGNMENT, null));
        }
        return deadlines;
    }

    /** A cohort's due date: so many days after its start, at a local time of the organization's zone. */
    static Instant relative(LocalDate startsOn, int daysAfterStart, LocalTime dueTime, ZoneId zone) {
        return startsOn.plusDays(daysAfterStart).atTime(dueTime).atZone(zone).toInstant();
    }

    private List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> result = query.getResultList();
        return result.stream().map(row -> (Object[]) row).toList();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    static LocalTime time(Object value) {
        return value instanceof Time time ? time.toLocalTime() : (LocalTime) value;
    }
}
