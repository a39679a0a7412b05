package io.lyceum.learning;

import io.lyceum.course.CourseService;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A course's learners as its instructors follow them: progress, last activity, best quiz scores. */
@Service
public class LearnersReport {

    private final EnrollmentRepository enrollments;
    private final CourseService courses;
    private final UserService userService;
    private final CohortRepository cohorts;

    LearnersReport(
            EnrollmentRepository enrollments,
            CourseService courses,
            UserService userService,
            CohortRepository cohorts) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.courses = courses;
        this.userService = userService;
    }

    /**
     * A course's learners, a page at a time, with their progress, last activity and best quiz scores:
     * for the course's instructors and admins only.
     */
    @Transactional(readOnly = true)
    public Page<LearnerRow> learners(long courseId, Pageable pageable) {
        return learners(courseId, null, pageable);
    }

    /** A page of a course's learners, of one cohort when one is named. */
    @Transactional(readOnly = true)
    public Page<LearnerRow> learners(long courseId, @Nullable String cohort, Pageable pageable) {
        courses.details(courseId); // the builder's access rule: its instructors and admins, else not found
        Page<Enrollment> page;
        if (cohort == null) {
            page = enrollments.findByCourseIdAndStatusNot(courseId, EnrollmentStatus.WITHDRAWN, pageable);
        } else {
            var named = cohorts.findByCourseIdAndName(courseId, cohort.strip());
            if (named.isEmpty()) {
                return Page.empty(pageable);
            }
            page = enrollments.findByCourseIdAndStatusNotAndCohortId(
                    courseId, EnrollmentStatus.WITHDRAWN, named.get().id(), pageable);
        }
        var cohortIds =
                page.stream().map(Enrollment::cohortId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> cohortNames = cohortIds.isEmpty()
                ? Map.of()
                : cohorts.findByIdIn(cohortIds).stream().collect(Collectors.toMap(Cohort::id, Cohort::name));
        var ids = page.map(Enrollment::id).toList();
        var users = userService.byIds(page.map(Enrollment::userId).toList()).stream()
                .collect(Collectors.toMap(UserSummary::id, u -> u));
        var scores = new HashMap<Long, Map<Long, BigDecimal>>();
        if (!ids.isEmpty()) {
            for (Object[] row : enrollments.bestScores(ids)) {
                scores.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], (BigDecimal) row[2]);
            }
        }
        return page.map(enrollment -> {
            var user = users.get(enrollment.userId());
            return new LearnerRow(
                    enrollment.userId(),
                    user == null ? "?" : user.displayName(),
                    user == null ? "" : user.email(),
                    enrollment.cohortId() == null ? null : cohortNames.get(enrollment.cohortId()),
                    enrollment.status(),
                    enrollment.progress(),
                    enrollment.enrolledAt(),
                    enrollment.lastAccessedAt(),
                    scores.getOrDefault(enrollment.id(), Map.of()));
        });
    }
}
