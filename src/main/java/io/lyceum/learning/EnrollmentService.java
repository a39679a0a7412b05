package io.lyceum.learning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.lyceum.course.CourseCatalog;
import io.lyceum.course.CourseEnrollments;
import io.lyceum.course.CourseOutlineChanged;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students in courses: enrolling (one enrollment per student and course, within the plan's student
 * limit), completing modules, exact progress, and {@link CourseCompleted} exactly once.
 */
@Service
public class EnrollmentService implements CourseEnrollments {

    private final EnrollmentRepository enrollments;
    private final ProgressWriter progress;
    private final CourseCatalog catalog;
    private final PlanPolicy planPolicy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository enrollments, ProgressWriter progress, CourseCatalog catalog,
            PlanPolicy planPolicy, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.enrollments = enrollments;
        this.progress = progress;
        this.catalog = catalog;
        this.planPolicy = planPolicy;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person enrolls in a published course; enrolling twice returns the same enrollment. */
    @Transactional
    public EnrollmentView enrollSelf(long courseId) {
        return enroll(currentUser.require().id(), courseId);
    }

    /** Enrolls a member (staff action); refused beyond the plan's student limit with the plan's reason. */
    @Transactional
    public EnrollmentView enroll(long userId, long courseId) {
        if (catalog.course(courseId).isEmpty()) {
            throw new EnrollmentException("This course is not open for enrollment.");
        }
        Optional<Enrollment> existing = enrollments.findByUserIdAndCourseId(userId, courseId);
        if (existing.isPresent()) {
            Enrollment enrollment = existing.get();
            if (enrollment.status() == EnrollmentStatus.WITHDRAWN) {
                requireStudentPlace(userId);
                enrollment.status(EnrollmentStatus.ACTIVE);
            }
            return enrollment.view();
        }
        requireStudentPlace(userId);
        try {
            return enrollments.saveAndFlush(new Enrollment(userId, courseId, clock.instant())).view();
        } catch (DataIntegrityViolationException raced) {
            // Two clicks at once: the other one created it.
            return enrollments.findByUserIdAndCourseId(userId, courseId).orElseThrow().view();
        }
    }

    /** Leaves a course; completions and history are kept. */
    @Transactional
    public void withdraw(long courseId) {
        enrollments.findByUserIdAndCourseId(currentUser.require().id(), courseId)
                .ifPresent(enrollment -> enrollment.status(EnrollmentStatus.WITHDRAWN));
    }

    @Transactional(readOnly = true)
    public Optional<EnrollmentView> mine(long courseId) {
        return enrollments.findByUserIdAndCourseId(currentUser.require().id(), courseId).map(Enrollment::view);
    }

    /** The modules the signed-in student has completed in a course. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> completedModules(long courseId) {
        return java.util.Set.copyOf(enrollments.completedModules(currentUser.require().id(), courseId));
    }

    @Transactional(readOnly = true)
    public List<EnrollmentView> mine() {
        return enrollments.findByUserIdOrderByEnrolledAtDesc(currentUser.require().id()).stream()
                .map(Enrollment::view).toList();
    }

    /**
     * The signed-in student completed a module. Completing it again changes nothing; a module that
     * is not a published module of the course is refused.
     */
    @Transactional
    public EnrollmentView complete(long courseId, long moduleId) {
        LyceumUser user = currentUser.require();
        ProgressWriter.Outcome outcome = progress.complete(user.id(), courseId, moduleId)
                .orElseThrow(() -> new EnrollmentException("Enroll in the course first."));
        // Only the rare refused path costs a further query: was it completed before, or not a module?
        if (!outcome.moduleAccepted() && !catalog.isPublishedModule(courseId, moduleId)) {
            throw new EnrollmentException("This module is not part of the course.");
        }
        EnrollmentView enrollment = outcome.enrollment();
        if (outcome.justCompleted()) {
            events.publishEvent(new CourseCompleted(TenantContext.require().slug(), enrollment.id(), user.id(),
                    courseId, java.util.Objects.requireNonNull(enrollment.completedAt())));
        }
        return enrollment;
    }

    /** Modules that count changed: recompute open enrollments; some may now be complete. */
    @EventListener
    void on(CourseOutlineChanged event) {
        String org = TenantContext.require().slug();
        for (ProgressWriter.Completion completion : progress.recompute(event.courseId())) {
            events.publishEvent(new CourseCompleted(org, completion.enrollmentId(), completion.userId(),
                    event.courseId(), clock.instant()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public long count(long courseId) {
        return enrollments.countByCourseIdAndStatusNot(courseId, EnrollmentStatus.WITHDRAWN);
    }

    private void requireStudentPlace(long userId) {
        // A student already in a course takes no new place.
        if (!enrollments.existsByUserIdAndStatusNot(userId, EnrollmentStatus.WITHDRAWN)) {
            planPolicy.check(PlanAction.ENROLL_STUDENT).orThrow();
        }
    }
}
