package io.lyceum.learning;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort named at enrollment (a CSV's cohort column, an invitation): the course's cohort of that
 * name, created when it has none. Callers check access.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CohortNames {

    private final CohortRepository cohorts;
    private final Clock clock;

    CohortNames(CohortRepository cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    long findOrCreate(long courseId, String name) {
        String stripped = name.strip();
        return cohorts.findByCourseIdAndName(courseId, stripped)
                .orElseGet(() -> cohorts.saveAndFlush(new Cohort(courseId, stripped, clock.instant())))
                .id();
    }

    /** The names of the course's cohorts that have learners (withdrawn ones not counted). */
    List<String> inUse(long courseId) {
        return cohorts.withMembers(courseId, EnrollmentStatus.WITHDRAWN).stream()
                .filter(row -> ((Number) row[1]).longValue() > 0)
                .map(row -> ((Cohort) row[0]).name())
                .toList();
    }
}
