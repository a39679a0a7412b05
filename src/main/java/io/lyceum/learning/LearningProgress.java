package io.lyceum.learning;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.CourseOutlineChanged;
import io.lyceum.course.ModuleKind;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.tenancy.TenantContext;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's way through a course: completing modules (by hand, by watching a video), exact
 * progress, and {@link CourseCompleted} exactly once, also when the course's modules change.
 */
@Service
public class LearningProgress {

    /** The share of a video the student must have actually played (not skipped) to complete it. */
    public static final double WATCHED_TO_COMPLETE = 0.9;

    private final EnrollmentRepository enrollments;
    private final EnrollmentService enrollmentService;
    private final ProgressWriter progress;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningProgress(
            EnrollmentRepository enrollments,
            EnrollmentService enrollmentService,
            ProgressWriter progress,
            CourseCatalog catalog,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enrollments = enrollments;
        this.enrollmentService = enrollmentService;
        this.progress = progress;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The modules the signed-in student has completed in a course. */
    @Transactional(readOnly = true)
    public Set<Long> completedModules(long courseId) {
        return Set.copyOf(enrollments.completedModules(currentUser.require().id(), courseId));
    }

    /**
     * The signed-in student completed a module. Completing it again changes nothing; a module that
     * is not a published module of the course is refused.
     */
    @Transactional
    public EnrollmentSummary complete(long courseId, long moduleId) {
        LyceumUser user = currentUser.require();
        ProgressWriter.Outcome outcome = progress.complete(user.id(), courseId, moduleId)
                .orElseThrow(() -> enrollmentService.notOpen(user.id(), courseId));
        // Only the rare refused path costs a further query: was it completed before, or not a module?
        if (!outcome.moduleAccepted() && !catalog.isPublishedModule(courseId, moduleId)) {
            throw new EnrollmentException(ConstraintMessages.get("enrollment.module-not-in-course"));
        }
        return published(outcome, user.id(), courseId);
    }

    /**
     * A module a learner completed through someone else's work: an assignment graded at its passing
     * score, a quiz whose answers a person marked. The same exactly-once path as {@link #complete};
     * empty when the learner's enrollment is not open. Callers check that the person signed in may
     * grade the course.
     */
    @Transactional
    public Optional<EnrollmentSummary> completeFor(long userId, long courseId, long moduleId) {
        return progress.complete(userId, courseId, moduleId).map(outcome -> published(outcome, userId, courseId));
    }

    private EnrollmentSummary published(ProgressWriter.Outcome outcome, long userId, long courseId) {
        EnrollmentSummary enrollment = outcome.enrollment();
        if (outcome.justCompleted()) {
            events.publishEvent(new CourseCompleted(
                    TenantContext.require().slug(),
                    enrollment.id(),
                    userId,
                    courseId,
                    Objects.requireNonNull(enrollment.completedAt())));
        }
        return enrollment;
    }

    /**
     * The player reports how much of a video module was played (the browser's played ranges, so
     * skipping ahead does not count). At {@value #WATCHED_TO_COMPLETE} of its duration the module is
     * complete.
     */
    @Transactional
    public Optional<EnrollmentSummary> recordWatching(
            long courseId, long moduleId, double playedSeconds, double durationSeconds) {
        var module = catalog.course(courseId)
                .flatMap(course -> course.modules().stream()
                        .filter(candidate -> candidate.id() == moduleId)
                        .findFirst())
                .filter(candidate -> candidate.kind() == ModuleKind.VIDEO)
                .orElseThrow(() -> new EnrollmentException(ConstraintMessages.get("enrollment.module-not-a-video")));
        if (durationSeconds <= 0
                || Double.isNaN(playedSeconds)
                || playedSeconds < 0
                || playedSeconds > durationSeconds * 1.01
                || playedSeconds / durationSeconds < WATCHED_TO_COMPLETE) {
            return Optional.empty();
        }
        return Optional.of(complete(courseId, module.id()));
    }

    /** Modules that count changed: recompute open enrollments; some may now be complete. */
    @EventListener
    void on(CourseOutlineChanged event) {
        String org = TenantContext.require().slug();
        for (ProgressWriter.Completion completion : progress.recompute(event.courseId())) {
            events.publishEvent(new CourseCompleted(
                    org, completion.enrollmentId(), completion.userId(), event.courseId(), clock.instant()));
        }
    }
}
