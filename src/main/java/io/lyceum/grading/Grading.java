package io.lyceum.grading;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.markdown.SafeMarkdown;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleEdit;
import io.lyceum.files.FileStore;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.Members;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grading the submissions of a course's assignments (Canvas's SpeedGrader): each assignment's queue,
 * ungraded work first; one submission's sheet with its neighbours in the queue, so the next learner
 * opens without a page load; saving a grade (rubric clicks, points override with a reason, feedback
 * and a file), and releasing grades to learners one by one or for the whole assignment.
 *
 * <p>What counts: the rubric's points (scaled to the assignment's points when the rubric's best
 * differs from them) or points typed where there is no rubric, less the late penalty of the latest
 * version; an override is the instructor's last word and takes no penalty. The learner sees nothing
 * of a grade before it is released; an assignment that completes on passing completes when a grade at
 * or above its passing score is released. With anonymous grading the queue and the sheet call learners
 * "Student 1, 2, …" (by the order of their first hand-in) until their grade is released.
 *
 * <p>For the course's instructors and admins. A submission, module or course of another course or
 * organization is {@link SubmissionNotFoundException}, like a made-up id. Opening a sheet costs the
 * same few statements whatever the size of the class.
 */
@Service
@TeachersOnly
public class Grading {

    static final String RELEASE_ACTION = "grade.released";

    /** What a grader may attach as annotated feedback, and how large. */
    public static final List<String> FEEDBACK_TYPES = List.of("pdf", "png", "jpg", "jpeg", "docx", "odt", "txt", "zip");

    public static final DataSize FEEDBACK_MAX = DataSize.ofMegabytes(20);

    /** The {@code gradeVersion} of a submission not graded yet. */
    public static final long NO_GRADE = -1;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Where a submission stands for its grader. */
    public enum QueueStatus {
        TO_GRADE,
        GRADED,
        RELEASED
    }

    /** Which submissions a queue shows; nulls and false let everything through. */
    public record QueueFilter(
            @Nullable Long cohortId,
            boolean lateOnly,
            @Nullable QueueStatus status) {
        public static final QueueFilter ALL = new QueueFilter(null, false, null);
    }

    /** An assignment of the course with the state of its work. */
    public record AssignmentSummary(
            long moduleId, String title, int submitted, int toGrade, int graded, int released, boolean anonymous) {}

    /** One row of an assignment's queue. */
    public record QueueEntry(
            long submissionId,
            String learner,
            @Nullable String cohort,
            Instant submittedAt,
            boolean late,
            int daysLate,
            QueueStatus status,
            @Nullable BigDecimal points,
            @Nullable Instant extendedTo,
            @Nullable String extensionReason) {}

    /** How the grader sees a handed-in file: inline (PDF, image) or as a download. */
    public enum Preview {
        PDF,
        IMAGE,
        DOWNLOAD
    }

    /** One submission as its grader sees it, with the queue around it. */
    public record Sheet(
            long courseId,
            long moduleId,
            long submissionId,
            String assignmentTitle,
            String learner,
            boolean anonymous,
            @Nullable String cohort,
            int versionNumber,
            Instant submittedAt,
            boolean late,
            int daysLate,
            @Nullable Instant dueAt,
            @Nullable String extensionReason,
            @Nullable String textHtml,
            @Nullable UUID fileId,
            @Nullable String fileName,
            Preview preview,
            BigDecimal maxPoints,
            BigDecimal passingPercent,
            @Nullable RubricSpec rubric,
            Map<String, String> levels,
            @Nullable BigDecimal typedPoints,
            @Nullable BigDecimal overridePoints,
            String overrideReason,
            BigDecimal penaltyPercent,
            @Nullable BigDecimal points,
            String feedback,
            @Nullable UUID feedbackFile,
            @Nullable String feedbackFileName,
            @Nullable Instant gradedAt,
            @Nullable Instant releasedAt,
            boolean regradeNeeded,
            long gradeVersion,
            int position,
            int total,
            @Nullable Long previousId,
            @Nullable Long nextId) {

        public QueueStatus status() {
            return releasedAt != null
                    ? QueueStatus.RELEASED
                    : points != null && !regradeNeeded ? QueueStatus.GRADED : QueueStatus.TO_GRADE;
        }
    }

    /**
     * A grade as the grader leaves it. {@code points}: typed where the assignment has no rubric.
     * {@code expectedVersion}: the sheet's {@code gradeVersion} ({@link #NO_GRADE} while ungraded).
     */
    public record GradeInput(
            Map<String, String> levels,
            @Nullable BigDecimal points,
            @Nullable BigDecimal overridePoints,
            String overrideReason,
            String feedback,
            @Nullable UUID feedbackFile,
            long expectedVersion) {

        public GradeInput {
            levels = Map.copyOf(levels);
        }
    }

    private final CourseService courses;
    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final SubmissionVersionRepository versions;
    private final GradeRepository grades;
    private final RubricRepository rubrics;
    private final Deadlines deadlines;
    private final GradeHistory history;
    private final LearningProgress progress;
    private final FileStore files;
    private final Members members;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    Grading(
            CourseService courses,
            AssignmentRepository assignments,
            SubmissionRepository submissions,
            SubmissionVersionRepository versions,
            GradeRepository grades,
            RubricRepository rubrics,
            Deadlines deadlines,
            GradeHistory history,
            LearningProgress progress,
            FileStore files,
            Members members,
            CurrentUser currentUser,
            AuditLog audit,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock) {
        this.courses = courses;
        this.assignments = assignments;
        this.submissions = submissions;
        this.versions = versions;
        this.grades = grades;
        this.rubrics = rubrics;
        this.deadlines = deadlines;
        this.history = history;
        this.progress = progress;
        this.files = files;
        this.members = members;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The course's title (and a check that this instructor may grade in it). */
    @Transactional(readOnly = true)
    public String courseTitle(long courseId) {
        return course(courseId);
    }

    /** The course's assignments in outline order, with how much work waits in each. */
    @Transactional(readOnly = true)
    public List<AssignmentSummary> assignments(long courseId) {
        course(courseId);
        List<?> rows =
                entityManager.createNativeQuery("""
                        select m.id, m.title, a.anonymous,
                               count(s.id) filter (where s.status <> 'DRAFT'),
                               count(s.id) filter (where s.status = 'SUBMITTED'),
                               count(s.id) filter (where s.status = 'GRADED'),
                               count(s.id) filter (where s.status = 'RETURNED')
                        from assignment a
                        join course_module m on m.id = a.module_id
                        left join course_section cs on cs.id = m.section_id
                        left join submission s on s.assignment_id = a.id
                        where a.course_id = ?1
                        group by m.id, m.title, a.anonymous, m.section_id, cs.position, m.position
                        order by m.section_id is not null, cs.position, m.position, m.id""").setParameter(1, courseId).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(values -> new AssignmentSummary(
                        ((Number) values[0]).longValue(),
                        (String) values[1],
                        ((Number) values[3]).intValue(),
                        ((Number) values[4]).intValue(),
                        ((Number) values[5]).intValue(),
                        ((Number) values[6]).intValue(),
                        (Boolean) values[2]))
                .toList();
    }

    /** The title of a module of this course (any kind); another course's is not found. */
    @Transactional(readOnly = true)
    public String moduleTitle(long courseId, long moduleId) {
        course(courseId);
        ModuleEdit module = courses.module(moduleId);
        if (module.courseId() != courseId) {
            throw new SubmissionNotFoundException("module " + moduleId);
        }
        return module.form().title();
    }

    /** The assignment's title, and a check that it is an assignment of this course. */
    @Transactional(readOnly = true)
    public String assignmentTitle(long courseId, long moduleId) {
        course(courseId);
        Assignment assignment = assignment(courseId, moduleId);
        return courses.module(assignment.moduleId()).form().title();
    }

    /** How many submissions the queue shows with this filter. */
    @Transactional(readOnly = true)
    public int count(long courseId, long moduleId, QueueFilter filter) {
        course(courseId);
        Assignment assignment = assignment(courseId, moduleId);
        var parameters = new ArrayList<Object>();
        String sql = "select count(*) from (" + queueSql(assignment, filter, null, parameters) + ") q";
        return ((Number) bind(entityManager.createNativeQuery(sql), parameters).getSingleResult()).intValue();
    }

    /** A page of the queue: work to grade first, then graded, then released; oldest hand-in first. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(long courseId, long moduleId, QueueFilter filter, int offset, int limit) {
        course(courseId);
        Assignment assignment = assignment(courseId, moduleId);
        var parameters = new ArrayList<Object>();
        String sql = "select * from (" + queueSql(assignment, filter, null, parameters) + ") q"
                + " order by q.rank, q.submitted_at, q.id offset " + Math.max(0, offset) + " limit "
                + Math.max(0, limit);
        List<QueueRow> rows = bind(entityManager.createNativeQuery(sql), parameters).getResultList().stream()
                .map(row -> QueueRow.of((Object[]) row))
                .toList();
        Map<Long, Deadlines.Deadline> due =
                deadlines.dueFor(assignment, rows.stream().map(QueueRow::userId).toList());
        return rows.stream()
                .map(row -> {
                    Deadlines.Deadline deadline = due.get(row.userId());
                    boolean extended = deadline != null && deadline.reason() != null;
                    return new QueueEntry(
                            row.id(),
                            row.displayName(assignment),
                            row.cohort(),
                            row.submittedAt(),
                            row.late(),
                            row.daysLate(),
                            row.status(),
                            row.points(),
                            extended ? deadline.dueAt() : null,
                            extended ? deadline.reason() : null);
                })
                .toList();
    }

    /**
     * A submission's sheet: the latest version, the grade as saved, and its place in the queue with
     * this filter (the submission itself is always in it, so the grader can go on from a graded one).
     */
    @Transactional(readOnly = true)
    public Sheet open(long courseId, long moduleId, long submissionId, QueueFilter filter) {
        course(courseId);
        Assignment assignment = assignment(courseId, moduleId);
        var parameters = new ArrayList<Object>();
        String queue = queueSql(assignment, filter, submissionId, parameters);
        parameters.add(submissionId);
        // One statement places the submission in the queue: its neighbours, position and the total.
        List<?> placed = bind(
                        entityManager.createNativeQuery("select * from (select q.*,"
                                + " lag(q.id) over w, lead(q.id) over w, row_number() over w, count(*) over ()"
                                + " from (" + queue + ") q window w as (order by q.rank, q.submitted_at, q.id)) p"
                                + " where p.id = ?" + parameters.size()),
                        parameters)
                .getResultList();
        if (placed.isEmpty()) {
            throw new SubmissionNotFoundException("submission " + submissionId);
        }
        Object[] values = (Object[]) placed.getFirst();
        QueueRow row = QueueRow.of(values);
        int extra = QueueRow.COLUMNS;
        Long previous = values[extra] == null ? null : ((Number) values[extra]).longValue();
        Long next = values[extra + 1] == null ? null : ((Number) values[extra + 1]).longValue();
        int position = ((Number) values[extra + 2]).intValue();
        int total = ((Number) values[extra + 3]).intValue();

        SubmissionVersion version = latestVersion(submissionId);
        Grade grade = grades.findBySubmissionId(submissionId).orElse(null);
        Deadlines.Deadline deadline = deadlines.dueFor(assignment, row.userId());
        RubricSpec rubric = rubric(assignment);
        String fileName = version.fileName();
        return new Sheet(
                courseId,
                moduleId,
                submissionId,
                row.moduleTitle(),
                row.displayName(assignment),
                assignment.anonymous() && row.releasedAt() == null,
                row.cohort(),
                version.number(),
                version.submittedAt(),
                version.late(),
                version.daysLate(),
                deadline.dueAt(),
                deadline.reason(),
                version.text() == null ? null : SafeMarkdown.toHtml(version.text()),
                version.fileId(),
                fileName,
                preview(fileName),
                assignment.points(),
                assignment.passingPercent(),
                rubric,
                grade == null ? Map.of() : levels(grade.rubricLevels()),
                grade == null || rubric != null ? null : grade.rawPoints(),
                grade == null ? null : grade.overridePoints(),
                grade == null || grade.overrideReason() == null ? "" : grade.overrideReason(),
                assignment.latePolicy().penaltyPercent(version.daysLate(), assignment.latePenaltyPerDay()),
                grade == null ? null : grade.points(),
                grade == null ? "" : grade.feedback(),
                grade == null ? null : grade.feedbackFile(),
                grade == null || grade.feedbackFile() == null
                        ? null
                        : files.info(grade.feedbackFile())
                                .map(FileStore.Info::name)
                                .orElse(null),
                grade == null ? null : grade.gradedAt(),
                grade == null ? null : grade.releasedAt(),
                row.status() == QueueStatus.TO_GRADE && grade != null && grade.points() != null,
                grade == null ? NO_GRADE : grade.version(),
                position,
                total,
                previous,
                next);
    }

    /**
     * Saves the grade as the grader left it (also while moving on, so nothing is lost). Refused with
     * {@link GradeConflictException} when someone else saved this grade since {@code expectedVersion};
     * with {@link GradingRefusedException} (nothing written) for points out of range or an override
     * without a reason. Returns the new grade version.
     */
    @Transactional
    public long save(long courseId, long moduleId, long submissionId, GradeInput input) {
        course(courseId);
        Assignment assignment = assignment(courseId, moduleId);
        Submission submission = submission(assignment, submissionId);
        RubricSpec rubric = rubric(assignment);
        String reason = input.overrideReason().strip();
        if (input.overridePoints() != null) {
            checkPoints(input.overridePoints(), assignment.points());
            if (reason.isEmpty()) {
                throw new GradingRefusedException(ConstraintMessages.get("grading.override-reason"));
            }
        }
        if (input.points() != null && rubric == null) {
            checkPoints(input.points(), assignment.points());
        }
        if (input.feedback().length() > SafeMarkdown.MAX_LENGTH) {
            throw new GradingRefusedException(
                    ConstraintMessages.get("grading.feedback-too-long", SafeMarkdown.MAX_LENGTH));
        }
        Grade grade = grades.findBySubmissionId(submissionId).orElse(null);
        UUID file = input.feedbackFile();
        // The file kept, or one this grader uploaded: never another's file id, which the learner
        // could then read as their feedback.
        if (file != null
                && !(grade != null && file.equals(grade.feedbackFile()))
                && files.info(file)
                        .filter(info -> Objects.equals(
                                info.uploadedBy(), currentUser.require().id()))
                        .isEmpty()) {
            throw new GradingRefusedException(ConstraintMessages.get("submission.file-missing"));
        }
        long found = grade == null ? NO_GRADE : grade.version();
        if (found != input.expectedVersion()) {
            throw conflict(grade);
        }
        if (grade == null) {
            grade = new Grade(submissionId);
            entityManager.persist(grade);
        }
        Map<String, String> levels = rubric == null ? Map.of() : clickedLevels(rubric, input.levels());
        BigDecimal raw = rubric == null ? input.points() : rubric.scoreIn(levels, assignment.points());
        int daysLate = latestVersion(submissionId).daysLate();
        BigDecimal penalty = assignment.latePolicy().penaltyPercent(daysLate, assignment.latePenaltyPerDay());
        BigDecimal points = input.overridePoints() != null
                ? input.overridePoints()
                : raw == null ? null : LatePolicy.afterPenalty(raw, penalty);
        BigDecimal before = grade.points();
        grade.grade(
                JSON.writeValueAsString(new LinkedHashMap<>(levels)),
                raw,
                input.overridePoints(),
                input.overridePoints() == null ? null : reason,
                input.overridePoints() == null ? penalty : BigDecimal.ZERO,
                points,
                input.feedback(),
                input.feedbackFile(),
                currentUser.require().id(),
                clock.instant());
        // A released grade stays released through a regrade (of a resubmission, say): the learner sees
        // the new grade at once, and the queue shows it released, not waiting for a release that is done.
        if (grade.released()) {
            submission.status(SubmissionStatus.RETURNED);
        } else {
            submission.status(points == null ? SubmissionStatus.SUBMITTED : SubmissionStatus.GRADED);
        }
        history.record(
                courseId,
                moduleId,
                submission.userId(),
                percent(before, assignment.points()),
                percent(points, assignment.points()),
                input.overridePoints() == null ? "" : reason,
                GradeChange.Source.GRADING);
        try {
            // Two graders saving the same grade at once: the later flush fails on the version (or, for a
            // first grade, on the unique submission): refused like any other conflict.
            entityManager.flush();
        } catch (PersistenceException e) {
            throw conflict(null);
        }
        if (grade.released()) {
            completeIfPassed(assignment, submission, grade);
        }
        return grade.version();
    }

    /**
     * Stores a file of annotated feedback for a submission (read as it arrives, cut off beyond {@link
     * #FEEDBACK_MAX}); it is attached when the grade is saved with it. Holds no transaction while reading.
     */
    public UUID uploadFeedback(long courseId, long moduleId, long submissionId, String fileName, InputStream body)
            throws IOException {
        course(courseId);
        submission(assignment(courseId, moduleId), submissionId);
        return files.storeDocument(fileName, body, FEEDBACK_MAX, FEEDBACK_TYPES);
    }

    /** Lets the learner see this submission's grade; refused while it has none. */
    @Transactional
    public void release(long courseId, long moduleId, long submissionId) {
        course(courseId);
        Assignment assignment = assignment(courseId, moduleId);
        Submission submission = submission(assignment, submissionId);
        Grade grade = grades.findBySubmissionId(submissionId)
                .filter(found -> found.points() != null)
                .orElseThrow(() -> new GradingRefusedException(ConstraintMessages.get("grading.release-ungraded")));
        if (!grade.released()) {
            release(assignment, submission, grade);
        }
    }

    /** Releases every graded, unreleased grade of the assignment; returns how many. */
    @Transactional
    public int releaseAll(long courseId, long moduleId) {
        course(courseId);
        Assignment assignment = assignment(courseId, moduleId);
        List<Object[]> pairs = entityManager
                .createQuery(
                        "select s, g from Submission s, Grade g where g.submissionId = s.id and s.assignmentId = ?1"
                                + " and g.points is not null and g.releasedAt is null",
                        Object[].class)
                .setParameter(1, assignment.id())
                .getResultList();
        for (Object[] pair : pairs) {
            release(assignment, (Submission) pair[0], (Grade) pair[1]);
        }
        return pairs.size();
    }

    private void release(Assignment assignment, Submission submission, Grade grade) {
        Instant now = clock.instant();
        grade.release(now);
        submission.status(SubmissionStatus.RETURNED);
        audit.record(
                RELEASE_ACTION,
                "module " + assignment.moduleId() + " user " + submission.userId(),
                Objects.requireNonNull(grade.points()).stripTrailingZeros().toPlainString() + " / "
                        + assignment.points().stripTrailingZeros().toPlainString());
        events.publishEvent(new GradeReleased(
                TenantContext.require().slug(),
                submission.id(),
                assignment.courseId(),
                assignment.moduleId(),
                submission.userId(),
                now));
        completeIfPassed(assignment, submission, grade);
    }

    private void completeIfPassed(Assignment assignment, Submission submission, Grade grade) {
        BigDecimal percent = percent(grade.points(), assignment.points());
        if (assignment.completesOn() == Assignment.CompletesOn.PASSED
                && percent != null
                && percent.compareTo(assignment.passingPercent()) >= 0) {
            progress.completeFor(submission.userId(), assignment.courseId(), assignment.moduleId());
        }
    }

    // ---- reading

    private String course(long courseId) {
        return courses.details(courseId).title();
    }

    private Assignment assignment(long courseId, long moduleId) {
        return assignments
                .findByModuleId(moduleId)
                .filter(found -> found.courseId() == courseId)
                .orElseThrow(() -> new SubmissionNotFoundException("assignment module " + moduleId));
    }

    private Submission submission(Assignment assignment, long submissionId) {
        return submissions
                .findById(submissionId)
                .filter(found -> found.assignmentId() == assignment.id() && found.status() != SubmissionStatus.DRAFT)
                .orElseThrow(() -> new SubmissionNotFoundException("submission " + submissionId));
    }

    private @Nullable RubricSpec rubric(Assignment assignment) {
        return assignment.rubricId() == null
                ? null
                : rubrics.findById(assignment.rubricId()).map(Rubric::spec).orElse(null);
    }

    /** The version that is graded: the latest (a handed-in submission has at least one). */
    private SubmissionVersion latestVersion(long submissionId) {
        return versions.findFirstBySubmissionIdOrderByNumberDesc(submissionId)
                .orElseThrow(() -> new SubmissionNotFoundException("submission " + submissionId));
    }

    /**
     * The queue of an assignment as SQL: handed-in work with the learner, cohort, grade and anonymous
     * number; the filter's conditions, and {@code always} let through whatever the filter says.
     */
    private static String queueSql(
            Assignment assignment, QueueFilter filter, @Nullable Long always, List<Object> parameters) {
        parameters.add(assignment.id());
        parameters.add(assignment.courseId());
        var conditions = new ArrayList<String>();
        if (filter.cohortId() != null) {
            parameters.add(filter.cohortId());
            conditions.add("e.cohort_id = ?" + parameters.size());
        }
        if (filter.lateOnly()) {
            conditions.add("s.late");
        }
        if (filter.status() != null) {
            parameters.add(filter.status().ordinal());
            conditions.add("s.rank = ?" + parameters.size());
        }
        String where = "true";
        if (!conditions.isEmpty()) {
            where = String.join(" and ", conditions);
            if (always != null) {
                parameters.add(always);
                where = "(" + where + ") or s.id = ?" + parameters.size();
            }
        }
        return """
                select s.id, s.user_id, u.display_name, c.name as cohort, s.submitted_at, s.late, s.rank,
                       g.points, g.released_at, s.anon_number, m.title as module_title,
                       (select v.days_late from submission_version v where v.submission_id = s.id
                        order by v.number desc limit 1) as days_late
                from (select s.*,
                             case s.status when 'SUBMITTED' then 0 when 'GRADED' then 1 else 2 end as rank,
                             row_number() over (order by (select min(v.submitted_at) from submission_version v
                                                          where v.submission_id = s.id), s.id) as anon_number
                      from submission s where s.assignment_id = ?1 and s.status <> 'DRAFT') s
                join app_user u on u.id = s.user_id
                join assignment a on a.id = s.assignment_id
                join course_module m on m.id = a.module_id
                left join enrollment e on e.user_id = s.user_id and e.course_id = ?2
                left join cohort c on c.id = e.cohort_id
                left join grade g on g.submission_id = s.id
                where %s""".formatted(where);
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** A row of {@link #queueSql}. */
    private record QueueRow(
            long id,
            long userId,
            String name,
            @Nullable String cohort,
            Instant submittedAt,
            boolean late,
            QueueStatus status,
            @Nullable BigDecimal points,
            @Nullable Instant releasedAt,
            int anonymousNumber,
            String moduleTitle,
            int daysLate) {

        static final int COLUMNS = 12;

        static QueueRow of(Object[] values) {
            return new QueueRow(
                    ((Number) values[0]).longValue(),
                    ((Number) values[1]).longValue(),
                    (String) values[2],
                    (String) values[3],
                    Deadlines.instant(values[4]),
                    (Boolean) values[5],
                    QueueStatus.values()[((Number) values[6]).intValue()],
                    (BigDecimal) values[7],
                    values[8] == null ? null : Deadlines.instant(values[8]),
                    ((Number) values[9]).intValue(),
                    (String) values[10],
                    values[11] == null ? 0 : ((Number) values[11]).intValue());
        }

        /** The learner's name, or "Student N" while the assignment grades anonymously and this is unreleased. */
        String displayName(Assignment assignment) {
            return assignment.anonymous() && releasedAt == null
                    ? ConstraintMessages.get("grading.anonymous", anonymousNumber)
                    : name;
        }
    }

    // ---- arithmetic

    private static Map<String, String> levels(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    }

    /** The clicks that name a criterion and a level of this rubric; others are dropped. */
    private static Map<String, String> clickedLevels(RubricSpec rubric, Map<String, String> clicked) {
        var kept = new LinkedHashMap<String, String>();
        for (RubricSpec.Criterion criterion : rubric.criteria()) {
            String level = clicked.get(criterion.id());
            if (level != null && criterion.level(level).isPresent()) {
                kept.put(criterion.id(), level);
            }
        }
        return kept;
    }

    private static void checkPoints(BigDecimal value, BigDecimal max) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new GradingRefusedException(ConstraintMessages.get(
                    "grading.points-range", max.stripTrailingZeros().toPlainString()));
        }
    }

    private static @Nullable BigDecimal percent(@Nullable BigDecimal points, BigDecimal max) {
        return points == null ? null : points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
    }

    private static Preview preview(@Nullable String fileName) {
        if (fileName == null) {
            return Preview.DOWNLOAD;
        }
        return switch (FileStore.extension(fileName).toLowerCase(Locale.ROOT)) {
            case "pdf" -> Preview.PDF;
            case "png", "jpg", "jpeg", "gif", "webp" -> Preview.IMAGE;
            default -> Preview.DOWNLOAD;
        };
    }

    private GradeConflictException conflict(@Nullable Grade grade) {
        if (grade == null || grade.gradedBy() == null || grade.gradedAt() == null) {
            return new GradeConflictException(ConstraintMessages.get("grading.conflict"));
        }
        String name = members.displayNames(List.of(grade.gradedBy())).getOrDefault(grade.gradedBy(), "?");
        return new GradeConflictException(ConstraintMessages.get("grading.conflict-by", name));
    }
}
