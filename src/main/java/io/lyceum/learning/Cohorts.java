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
 * The cohorts learners are in, across the organization's courses, by name (a name stands for the
 * cohorts of that name in every course), for the People page (withdrawn enrollments do not count):
 * the names, who is in one, which ones a member is in.
 */
@Service
public class Cohorts {

    private final CohortRepository cohorts;

    Cohorts(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public List<String> labels() {
        return cohorts.namesInUse(EnrollmentStatus.WITHDRAWN);
    }

    /** The members enrolled in some course with this cohort. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Set<Long> members(String cohort) {
        return Set.copyOf(cohorts.membersNamed(cohort.strip(), EnrollmentStatus.WITHDRAWN));
    }

    /** The cohorts each of these members is enrolled with (members in none are left out). */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Map<Long, Set<String>> of(Collection<Long> userIds) {
        var named = new TreeMap<Long, Set<String>>();
        if (userIds.isEmpty()) {
            return named;
        }
        for (Object[] row : cohorts.namesOf(userIds, EnrollmentStatus.WITHDRAWN)) {
            named.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]);
        }
        return named;
    }
}
