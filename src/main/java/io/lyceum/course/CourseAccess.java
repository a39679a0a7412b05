package io.lyceum.course;

import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanDecision;
import io.lyceum.platform.PlanPolicy;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course builder's access rule, for every service of the builder: instructors reach the courses
 * they teach, admins all; any other id is {@link CourseNotFoundException}, like an id that does not
 * exist. Changes also need the course to be within the plan ({@link #writable}): after a move to a
 * smaller plan the courses past its limit are read-only, though still readable, archivable and
 * learnt from.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CourseAccess {

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final CurrentUser currentUser;
    private final PlanPolicy planPolicy;

    CourseAccess(
            CourseRepository courses, CourseModuleRepository modules, CurrentUser currentUser, PlanPolicy planPolicy) {
        this.courses = courses;
        this.modules = modules;
        this.currentUser = currentUser;
        this.planPolicy = planPolicy;
    }

    Course editable(long courseId) {
        Course course = courses.findById(courseId).orElseThrow(() -> new CourseNotFoundException(courseId));
        LyceumUser user = currentUser.require();
        if (!user.has(Role.ADMIN) && !course.taughtBy(user.id())) {
            throw new CourseNotFoundException(courseId);
        }
        return course;
    }

    CourseModule editableModule(long moduleId) {
        CourseModule module = modules.findById(moduleId).orElseThrow(() -> new CourseNotFoundException(moduleId));
        editable(module.courseId());
        return module;
    }

    /** A quiz module the current user may edit; a module of another kind is not found. */
    CourseModule editableQuiz(long moduleId) {
        CourseModule module = editableModule(moduleId);
        if (module.kind() != ModuleKind.QUIZ) {
            throw new CourseNotFoundException(moduleId);
        }
        return module;
    }

    /** A course the current user may edit and the plan lets be changed; else the plan's reason. */
    Course writable(long courseId) {
        Course course = editable(courseId);
        placeInPlan(courseId).ifPresent(PlanDecision::orThrow);
        return course;
    }

    CourseModule writableModule(long moduleId) {
        CourseModule module = editableModule(moduleId);
        writable(module.courseId());
        return module;
    }

    CourseModule writableQuiz(long moduleId) {
        CourseModule module = editableQuiz(moduleId);
        writable(module.courseId());
        return module;
    }

    /** {@link #placeInPlan(Collection)} of one course. */
    Optional<PlanDecision> placeInPlan(long courseId) {
        return placeInPlan(List.of(courseId)).getOrDefault(courseId, Optional.empty());
    }

    /**
     * Whether the plan lets each course be changed. The plan counts the courses its meter counts
     * ({@link CourseCatalog#countedAgainstPlan}: all but archived ones); they keep their places
     * oldest first (ties by id), and {@link PlanPolicy#withinPlan} says whether a place is within
     * the limit. An archived course has no place (empty): restoring it takes one, which the plan
     * reserves then.
     */
    Map<Long, Optional<PlanDecision>> placeInPlan(Collection<Long> courseIds) {
        Map<Long, Optional<PlanDecision>> decisions = new HashMap<>();
        if (courseIds.isEmpty()) {
            return decisions;
        }
        for (Object[] row : courses.positionsAmongAllBut(CourseStatus.ARCHIVED.name(), courseIds)) {
            long position = ((Number) row[1]).longValue();
            decisions.put(
                    ((Number) row[0]).longValue(),
                    Optional.of(planPolicy.withinPlan(PlanAction.CREATE_COURSE, position)));
        }
        courseIds.forEach(id -> decisions.putIfAbsent(id, Optional.empty()));
        return decisions;
    }
}
