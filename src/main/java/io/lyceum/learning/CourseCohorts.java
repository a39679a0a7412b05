package io.lyceum.learning;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohorts and project groups of a course, for the modules that need them (grading: due dates
 * per cohort, the queue's filter, group assignments). Withdrawn enrollments are in no cohort or
 * group. Callers check that the person signed in may see the course.
 */
@Service
public class CourseCohorts {

    /** A cohort as other modules see it. */
    public record CohortSummary(
            long id, long courseId, String name, @Nullable LocalDate startsOn, int members) {}

    private final EntityManager entityManager;

    CourseCohorts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The course's cohorts by name. */
    @Transactional(readOnly = true)
    public List<CohortSummary> of(long courseId) {
        List<?> rows =
                entityManager.createNativeQuery("""
                        select c.id, c.course_id, c.name, c.starts_on,
                               (select count(*) from enrollment e where e.cohort_id = c.id and e.status <> 'WITHDRAWN')
                        from cohort c where c.course_id = ?1 order by c.name""").setParameter(1, courseId).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(CourseCohorts::summary)
                .toList();
    }

    /** The cohort of each of these learners in the course (learners in none are left out). */
    @Transactional(readOnly = true)
    public Map<Long, CohortSummary> cohortsOf(long courseId, Collection<Long> userIds) {
        var cohorts = new HashMap<Long, CohortSummary>();
        if (userIds.isEmpty()) {
            return cohorts;
        }
        List<?> rows = entityManager
                .createNativeQuery("""
                        select e.user_id, c.id, c.course_id, c.name, c.starts_on, 0
                        from enrollment e join cohort c on c.id = e.cohort_id
                        where e.course_id = ?1 and e.user_id in (?2) and e.status <> 'WITHDRAWN'""")
                .setParameter(1, courseId)
                .setParameter(2, userIds)
                .getResultList();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            Object[] cohort = new Object[values.length - 1];
            System.arraycopy(values, 1, cohort, 0, cohort.length);
            cohorts.put(((Number) values[0]).longValue(), summary(cohort));
        }
        return cohorts;
    }

    /** The learners (user ids) of a cohort. */
    @Transactional(readOnly = true)
    public List<Long> members(long cohortId) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select e.user_id from enrollment e where e.cohort_id = ?1 and e.status <> 'WITHDRAWN'")
                .setParameter(1, cohortId)
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The other members of the learner's project group in the course; empty when in none. */
    @Transactional(readOnly = true)
    public List<Long> groupMates(long courseId, long userId) {
        List<?> rows = entityManager
                .createNativeQuery("""
                        select other.user_id
                        from enrollment mine
                        join learner_group_member gm on gm.enrollment_id = mine.id
                        join learner_group_member om on om.group_id = gm.group_id and om.enrollment_id <> mine.id
                        join enrollment other on other.id = om.enrollment_id and other.status <> 'WITHDRAWN'
                        where mine.course_id = ?1 and mine.user_id = ?2""")
                .setParameter(1, courseId)
                .setParameter(2, userId)
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Whether the learner is enrolled in the course (not withdrawn). */
    @Transactional(readOnly = true)
    public boolean isLearner(long courseId, long userId) {
        return !entityManager
                .createNativeQuery(
                        "select 1 from enrollment where course_id = ?1 and user_id = ?2 and status <> 'WITHDRAWN'")
                .setParameter(1, courseId)
                .setParameter(2, userId)
                .getResultList()
                .isEmpty();
    }

    private static CohortSummary summary(Object[] row) {
        return new CohortSummary(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                (String) row[2],
                switch (row[3]) {
                    case null -> null;
                    case LocalDate day -> day;
                    case Date day -> day.toLocalDate();
                    default -> throw new IllegalStateException("Not a date: " + row[3].getClass());
                },
                ((Number) row[4]).intValue());
    }
}
