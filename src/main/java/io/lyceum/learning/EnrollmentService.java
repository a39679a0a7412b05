package io.lyceum.learning;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.base.validation.PlainText;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.CourseEnrollments;
import io.lyceum.course.CourseService;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.identity.UserService;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanPolicy;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Students in courses: enrolling (one enrollment per student and course, within the plan's student
 * limit), cohorts, access ends, withdrawing and retaking. What happens inside a course is
 * {@link LearningProgress}'s and {@link QuizTaking}'s; the staff's list of learners is
 * {@link LearnersReport}'s.
 */
@Service
@Validated
public class EnrollmentService implements CourseEnrollments {

    private final EnrollmentRepository enrollments;
    private final CourseService courses;
    private final UserService userService;
    private final ProgressWriter progress;
    private final CourseCatalog catalog;
    private final PlanPolicy planPolicy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CohortNames cohortNames;

    EnrollmentService(
            EnrollmentRepository enrollments,
            CourseService courses,
            UserService userService,
            ProgressWriter progress,
            CourseCatalog catalog,
            PlanPolicy planPolicy,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            CohortNames cohortNames) {
        this.cohortNames = cohortNames;
        this.enrollments = enrollments;
        this.courses = courses;
        this.userService = userService;
        this.progress = progress;
        this.catalog = catalog;
        this.planPolicy = planPolicy;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The refusal of a closed course, in English (a page shows it in the reader's language with
     * {@code ConstraintMessages.get(SELF_ENROLLMENT_CLOSED_KEY)}).
     */
    public static final String SELF_ENROLLMENT_CLOSED =
            "Students are enrolled in this course by its instructors:" + " ask them to enroll you.";

    /** The key of {@link #SELF_ENROLLMENT_CLOSED} in {@code ValidationMessages}. */
    public static final String SELF_ENROLLMENT_CLOSED_KEY = "enrollment.self-enrollment-closed";

    /**
     * The signed-in person enrolls in a published course that allows self-enrollment; enrolling
     * twice returns the same enrollment.
     */
    @Transactional
    public EnrollmentSummary enrollSelf(long courseId) {
        long userId = currentUser.require().id();
        boolean open =
                catalog.course(courseId).map(course -> course.selfEnrollment()).orElse(true);
        boolean enrolled = enrollments
                .findByUserIdAndCourseId(userId, courseId)
                .filter(enrollment -> enrollment.status() != EnrollmentStatus.WITHDRAWN)
                .isPresent();
        if (!open && !enrolled) {
            throw new EnrollmentException(ConstraintMessages.get(SELF_ENROLLMENT_CLOSED_KEY));
        }
        return enrollUser(userId, courseId);
    }

    /**
     * Enrolls members on behalf of the course's instructors or an admin; refused beyond the plan's
     * student limit with the plan's reason.
     */
    @Transactional
    @TeachersOnly
    public EnrollmentSummary enroll(long userId, long courseId) {
        return enroll(userId, courseId, null);
    }

    /**
     * Enrolls as {@link #enroll(long, long)} does, into the course's cohort of that name when one is
     * named (created when the course has none of that name; blank: no cohort).
     */
    @Transactional
    @TeachersOnly
    public EnrollmentSummary enroll(
            long userId,
            long courseId,
            @Size(max = Enrollment.COHORT_MAX_LENGTH, message = "{enrollment.cohort.too-long}") @PlainText @Nullable String cohort) {
        String group = cohort == null || cohort.isBlank() ? null : cohort.strip();
        courses.details(courseId); // only the course's instructors and admins; anything else is not found
        if (userService.byIds(List.of(userId)).isEmpty()) {
            throw new EnrollmentException(ConstraintMessages.get("enrollment.no-such-member"));
        }
        EnrollmentSummary enrolled = enrollUser(userId, courseId);
        if (group != null) {
            long cohortId = cohortNames.findOrCreate(courseId, group);
            enrollments.findById(enrolled.id()).ifPresent(enrollment -> enrollment.cohortId(cohortId));
        }
        return enrolled;
    }

    /**
     * Enrolls a member because the organization requires the course of them (required training),
     * whoever is signed in: the member joining, or an admin assigning the course. Called by the
     * organization's own rules, never with a person's choice of ids; refused as any enrollment is
     * (a course not published: {@link EnrollmentException}; the plan's student limit:
     * {@code PlanLimitException}, with the plan's reason).
     */
    @Transactional
    public EnrollmentSummary enrollRequired(long userId, long courseId) {
        return enrollUser(userId, courseId);
    }

    /** The names of the course's cohorts that have learners, for filtering the learners list. */
    @Transactional(readOnly = true)
    @TeachersOnly
    public List<String> cohorts(long courseId) {
        courses.details(courseId);
        return cohortNames.inUse(courseId);
    }

    private EnrollmentSummary enrollUser(long userId, long courseId) {
        if (catalog.course(courseId).isEmpty()) {
            throw new EnrollmentException(ConstraintMessages.get("enrollment.not-open"));
        }
        Optional<Enrollment> existing = enrollments.findByUserIdAndCourseId(userId, courseId);
        if (existing.isPresent()) {
            Enrollment enrollment = existing.get();
            if (enrollment.status() == EnrollmentStatus.WITHDRAWN) {
                requireStudentPlace(userId);
                enrollment.status(EnrollmentStatus.ACTIVE);
                // Back in the course: confirmed as a new enrollment is.
                events.publishEvent(new EnrollmentCreated(enrollment.id(), userId, courseId));
            }
            return enrollment.summary();
        }
        requireStudentPlace(userId);
        try {
            Enrollment created = enrollments.saveAndFlush(new Enrollment(userId, courseId, clock.instant()));
            events.publishEvent(new EnrollmentCreated(created.id(), userId, courseId));
            return created.summary();
        } catch (DataIntegrityViolationException raced) {
            // Two clicks at once: the other one created it.
            return enrollments
                    .findByUserIdAndCourseId(userId, courseId)
                    .orElseThrow()
                    .summary();
        }
    }

    /** Whether a member is enrolled (and not withdrawn) in a course. */
    @Transactional(readOnly = true)
    public boolean isEnrolled(long userId, long courseId) {
        return enrollments
                .findByUserIdAndCourseId(userId, courseId)
                .filter(found -> found.status() != EnrollmentStatus.WITHDRAWN)
                .isPresent();
    }

    /**
     * The learner takes a completed course again, e.g. to recertify when a certificate expires:
     * progress starts from zero and quiz attempts are counted anew; certificates already issued stay.
     */
    @Transactional
    public EnrollmentSummary retake(long courseId) {
        long userId = currentUser.require().id();
        if (catalog.course(courseId).isEmpty()) {
            throw new EnrollmentException(ConstraintMessages.get("enrollment.retake.closed"));
        }
        Enrollment enrollment = enrollments
                .findByUserIdAndCourseId(userId, courseId)
                .filter(found -> found.status() == EnrollmentStatus.COMPLETED)
                .orElseThrow(() -> new EnrollmentException(ConstraintMessages.get("enrollment.retake.not-completed")));
        if (enrollment.accessEndedAt(clock.instant())) {
            throw new EnrollmentException(ConstraintMessages.get("enrollment.retake.access-ended"));
        }
        progress.restart(enrollment.id());
        return enrollments.findById(enrollment.id()).orElseThrow().summary();
    }

    /** Leaves a course; completions and history are kept. */
    @Transactional
    public void withdraw(long courseId) {
        enrollments
                .findByUserIdAndCourseId(currentUser.require().id(), courseId)
                .ifPresent(enrollment -> enrollment.status(EnrollmentStatus.WITHDRAWN));
    }

    @Transactional(readOnly = true)
    public Optional<EnrollmentSummary> mine(long courseId) {
        return enrollments
                .findByUserIdAndCourseId(currentUser.require().id(), courseId)
                .map(Enrollment::summary);
    }

    @Transactional(readOnly = true)
    public List<EnrollmentSummary> mine() {
        return enrollments
                .findByUserIdOrderByEnrolledAtDesc(currentUser.require().id())
                .stream()
                .map(Enrollment::summary)
                .toList();
    }

    /** Staff take a student out of a course; completions and attempts are kept. */
    @Transactional
    @TeachersOnly
    public void withdraw(long userId, long courseId) {
        courses.details(courseId);
        enrollments
                .findByUserIdAndCourseId(userId, courseId)
                .ifPresent(enrollment -> enrollment.status(EnrollmentStatus.WITHDRAWN));
    }

    /** Staff limit a student's access to a date (null: no limit). After it, nothing more is recorded. */
    @Transactional
    @TeachersOnly
    public void setAccessEnd(long userId, long courseId, @Nullable Instant end) {
        courses.details(courseId);
        enrollments
                .findByUserIdAndCourseId(userId, courseId)
                .orElseThrow(() -> new EnrollmentException(ConstraintMessages.get("enrollment.not-enrolled")))
                .accessEndsAt(end);
    }

    /** Whether the signed-in student's access to a course has ended. */
    @Transactional(readOnly = true)
    public boolean accessEnded(long courseId) {
        return enrollments
                .findByUserIdAndCourseId(currentUser.require().id(), courseId)
                .filter(found -> found.accessEndedAt(clock.instant()))
                .isPresent();
    }

    /**
     * Why the student may not learn in a course now, for a completion or attempt that was refused:
     * their access ended, or they are not enrolled.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    EnrollmentException notOpen(long userId, long courseId) {
        return enrollments
                .findByUserIdAndCourseId(userId, courseId)
                .filter(found -> found.status() != EnrollmentStatus.WITHDRAWN)
                .filter(found -> found.accessEndedAt(clock.instant()))
                .map(found -> new EnrollmentException(ConstraintMessages.get("enrollment.access-ended")))
                .orElseGet(() -> new EnrollmentException(ConstraintMessages.get("enrollment.enroll-first")));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> counts(Collection<Long> courseIds) {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : enrollments.countsByCourse(courseIds, EnrollmentStatus.WITHDRAWN)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyEver(long courseId) {
        return enrollments.existsByCourseId(courseId);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(long courseId) {
        return enrollments.countByCourseIdAndStatusNot(courseId, EnrollmentStatus.WITHDRAWN);
    }

    /** Students count against the plan while enrolled in at least one course (withdrawn ones do not). */
    @Transactional(readOnly = true)
    long students() {
        return enrollments.countStudentsExcept(EnrollmentStatus.WITHDRAWN);
    }

    private void requireStudentPlace(long userId) {
        // A student already in a course takes no new place.
        if (!enrollments.existsByUserIdAndStatusNot(userId, EnrollmentStatus.WITHDRAWN)) {
            planPolicy.reserve(PlanAction.ENROLL_STUDENT);
        }
    }
}
