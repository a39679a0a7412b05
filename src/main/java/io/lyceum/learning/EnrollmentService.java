package io.lyceum.learning;

import io.lyceum.course.CourseCatalog;
import io.lyceum.course.CourseEnrollments;
import io.lyceum.course.CourseOutlineChanged;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleKind;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.quiz.Choice;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuizService;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Students in courses: enrolling (one enrollment per student and course, within the plan's student
 * limit), completing modules, exact progress, and {@link CourseCompleted} exactly once.
 */
@Service
public class EnrollmentService implements CourseEnrollments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EnrollmentRepository enrollments;
    private final QuizAttemptRepository attempts;
    private final QuizService quizzes;
    private final CourseService courses;
    private final UserService userService;
    private final ProgressWriter progress;
    private final CourseCatalog catalog;
    private final PlanPolicy planPolicy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrollmentService(
            EnrollmentRepository enrollments,
            QuizAttemptRepository attempts,
            QuizService quizzes,
            CourseService courses,
            UserService userService,
            ProgressWriter progress,
            CourseCatalog catalog,
            PlanPolicy planPolicy,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enrollments = enrollments;
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.courses = courses;
        this.userService = userService;
        this.progress = progress;
        this.catalog = catalog;
        this.planPolicy = planPolicy;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public static final String SELF_ENROLLMENT_CLOSED =
            "Students are enrolled in this course by its instructors:" + " ask them to enroll you.";

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
            throw new EnrollmentException(SELF_ENROLLMENT_CLOSED);
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

    /** Enrolls as {@link #enroll(long, long)} does, into a cohort when one is named (blank: none). */
    @Transactional
    @TeachersOnly
    public EnrollmentSummary enroll(long userId, long courseId, @Nullable String cohort) {
        String group = cohort == null || cohort.isBlank() ? null : cohort.strip();
        if (group != null && group.length() > Enrollment.COHORT_MAX_LENGTH) {
            throw new EnrollmentException(
                    "Name the cohort in at most " + Enrollment.COHORT_MAX_LENGTH + " characters.");
        }
        courses.details(courseId); // only the course's instructors and admins; anything else is not found
        if (userService.byIds(List.of(userId)).isEmpty()) {
            throw new EnrollmentException("There is no such member.");
        }
        EnrollmentSummary enrolled = enrollUser(userId, courseId);
        if (group != null) {
            enrollments.findById(enrolled.id()).ifPresent(enrollment -> enrollment.cohort(group));
        }
        return enrolled;
    }

    /** The cohorts learners of a course were enrolled with, for filtering the learners list. */
    @Transactional(readOnly = true)
    @TeachersOnly
    public List<String> cohorts(long courseId) {
        courses.details(courseId);
        return enrollments.cohorts(courseId, EnrollmentStatus.WITHDRAWN);
    }

    private EnrollmentSummary enrollUser(long userId, long courseId) {
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
            return enrollment.summary();
        }
        requireStudentPlace(userId);
        try {
            return enrollments
                    .saveAndFlush(new Enrollment(userId, courseId, clock.instant()))
                    .summary();
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
            throw new EnrollmentException("This course is not open any more.");
        }
        Enrollment enrollment = enrollments
                .findByUserIdAndCourseId(userId, courseId)
                .filter(found -> found.status() == EnrollmentStatus.COMPLETED)
                .orElseThrow(() -> new EnrollmentException("Only a completed course can be taken again."));
        if (enrollment.accessEndedAt(clock.instant())) {
            throw new EnrollmentException("Your access to this course has ended. Ask your instructor to extend it.");
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

    /** The modules the signed-in student has completed in a course. */
    @Transactional(readOnly = true)
    public Set<Long> completedModules(long courseId) {
        return Set.copyOf(enrollments.completedModules(currentUser.require().id(), courseId));
    }

    @Transactional(readOnly = true)
    public List<EnrollmentSummary> mine() {
        return enrollments
                .findByUserIdOrderByEnrolledAtDesc(currentUser.require().id())
                .stream()
                .map(Enrollment::summary)
                .toList();
    }

    /**
     * The signed-in student completed a module. Completing it again changes nothing; a module that
     * is not a published module of the course is refused.
     */
    @Transactional
    public EnrollmentSummary complete(long courseId, long moduleId) {
        LyceumUser user = currentUser.require();
        ProgressWriter.Outcome outcome =
                progress.complete(user.id(), courseId, moduleId).orElseThrow(() -> notOpen(user.id(), courseId));
        // Only the rare refused path costs a further query: was it completed before, or not a module?
        if (!outcome.moduleAccepted() && !catalog.isPublishedModule(courseId, moduleId)) {
            throw new EnrollmentException("This module is not part of the course.");
        }
        EnrollmentSummary enrollment = outcome.enrollment();
        if (outcome.justCompleted()) {
            events.publishEvent(new CourseCompleted(
                    TenantContext.require().slug(),
                    enrollment.id(),
                    user.id(),
                    courseId,
                    Objects.requireNonNull(enrollment.completedAt())));
        }
        return enrollment;
    }

    /** The share of a video the student must have actually played (not skipped) to complete it. */
    public static final double WATCHED_TO_COMPLETE = 0.9;

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
                .orElseThrow(() -> new EnrollmentException("This module is not a video of the course."));
        if (durationSeconds <= 0
                || Double.isNaN(playedSeconds)
                || playedSeconds < 0
                || playedSeconds > durationSeconds * 1.01
                || playedSeconds / durationSeconds < WATCHED_TO_COMPLETE) {
            return Optional.empty();
        }
        return Optional.of(complete(courseId, module.id()));
    }

    /** The quiz of a module as the student sees it: questions without answers, shuffled if set. */
    @Transactional(readOnly = true)
    public List<StudentQuestion> quiz(long courseId, long moduleId) {
        requireQuizModule(courseId, moduleId);
        var specs = quizzes.specs(moduleId);
        var questions = new ArrayList<StudentQuestion>();
        for (int i = 0; i < specs.size(); i++) {
            var spec = specs.get(i);
            questions.add(new StudentQuestion(
                    i,
                    spec.type(),
                    spec.text(),
                    spec.points(),
                    spec.choices().stream().map(Choice::text).toList()));
        }
        if (quizzes.settings(moduleId).shuffle()) {
            Collections.shuffle(questions);
        }
        return questions;
    }

    /**
     * Scores an attempt (answers by question index), stores it, and completes the module when the
     * passing score is reached. Beyond the attempts allowed nothing is stored.
     */
    @Transactional
    public QuizResult submitQuiz(long courseId, long moduleId, Map<Integer, List<String>> answers) {
        requireQuizModule(courseId, moduleId);
        LyceumUser user = currentUser.require();
        Enrollment enrollment = enrollments
                .findByUserIdAndCourseId(user.id(), courseId)
                .filter(found -> found.status() != EnrollmentStatus.WITHDRAWN)
                .filter(found -> !found.accessEndedAt(clock.instant()))
                .orElseThrow(() -> notOpen(user.id(), courseId));
        var settings = quizzes.settings(moduleId);
        long used = attempts.countByEnrollmentIdAndModuleIdAndSubmittedAtGreaterThanEqual(
                enrollment.id(), moduleId, enrollment.attemptsCountFrom());
        if (settings.attemptsAllowed() != null && used >= settings.attemptsAllowed()) {
            throw new EnrollmentException("No attempts left for this quiz.");
        }
        var specs = quizzes.specs(moduleId);
        int total = specs.stream().mapToInt(QuestionSpec::points).sum();
        double earned = 0;
        for (int i = 0; i < specs.size(); i++) {
            earned += specs.get(i).points() * specs.get(i).score(answers.getOrDefault(i, List.of()));
        }
        var score = total == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(100.0 * earned / total).setScale(2, RoundingMode.HALF_UP);
        boolean passed = score.compareTo(BigDecimal.valueOf(settings.passingScore())) >= 0;
        attempts.save(new QuizAttempt(
                enrollment.id(), moduleId, score, passed, JSON.writeValueAsString(answers), clock.instant()));
        EnrollmentSummary after = passed ? complete(courseId, moduleId) : enrollment.summary();
        var best = attempts.bestScore(enrollment.id(), moduleId, enrollment.attemptsCountFrom())
                .orElse(score);
        Integer left = settings.attemptsAllowed() == null ? null : (int) (settings.attemptsAllowed() - used - 1);
        return new QuizResult(score, passed, best, settings.passingScore(), left, after);
    }

    private EnrollmentException notOpen(long userId, long courseId) {
        return enrollments
                .findByUserIdAndCourseId(userId, courseId)
                .filter(found -> found.status() != EnrollmentStatus.WITHDRAWN)
                .filter(found -> found.accessEndedAt(clock.instant()))
                .map(found -> new EnrollmentException("Your access to this course has ended."))
                .orElseGet(() -> new EnrollmentException("Enroll in the course first."));
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
                .orElseThrow(() -> new EnrollmentException("This person is not enrolled."))
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

    private void requireQuizModule(long courseId, long moduleId) {
        catalog.course(courseId)
                .flatMap(course -> course.modules().stream()
                        .filter(candidate -> candidate.id() == moduleId)
                        .findFirst())
                .filter(candidate -> candidate.kind() == ModuleKind.QUIZ)
                .orElseThrow(() -> new EnrollmentException("This module is not a quiz of the course."));
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
        var page = cohort == null
                ? enrollments.findByCourseIdAndStatusNot(courseId, EnrollmentStatus.WITHDRAWN, pageable)
                : enrollments.findByCourseIdAndStatusNotAndCohort(
                        courseId, EnrollmentStatus.WITHDRAWN, cohort, pageable);
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
                    enrollment.cohort(),
                    enrollment.status(),
                    enrollment.progress(),
                    enrollment.enrolledAt(),
                    enrollment.lastAccessedAt(),
                    scores.getOrDefault(enrollment.id(), Map.of()));
        });
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

    private void requireStudentPlace(long userId) {
        // A student already in a course takes no new place.
        if (!enrollments.existsByUserIdAndStatusNot(userId, EnrollmentStatus.WITHDRAWN)) {
            planPolicy.check(PlanAction.ENROLL_STUDENT).orThrow();
        }
    }
}
