package io.lyceum.learning;

import io.lyceum.identity.AdminsOnly;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohorts learners were enrolled with, across the organization's courses, for the People page
 * (withdrawn enrollments do not count): the labels, who is in one, which ones a member is in.
 */
@Service
public class Cohorts {

    private final EnrollmentRepository enrollments;

    Cohorts(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public List<String> labels() {
        return enrollments.allCohorts(EnrollmentStatus.WITHDRAWN);
    }

    /** The members enrolled in some course with this cohort. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Set<Long> members(String cohort) {
        return Set.copyOf(enrollments.membersOfCohort(cohort.strip(), EnrollmentStatus.WITHDRAWN));
    }

    /** The cohorts each of these members is enrolled with (members in none are left out). */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Map<Long, Set<String>> of(Collection<Long> userIds) {
        var cohorts = new TreeMap<Long, Set<String>>();
        if (userIds.isEmpty()) {
            return cohorts;
        }
        for (Object[] row : enrollments.cohortsOf(userIds, EnrollmentStatus.WITHDRAWN)) {
            cohorts.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]);
        }
        return cohorts;
    }
}
