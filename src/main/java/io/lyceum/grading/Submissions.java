package io.lyceum.grading;

import io.lyceum.base.markdown.SafeMarkdown;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseCatalog;
import io.lyceum.files.FileStore;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.MembersOnly;
import io.lyceum.learning.CourseCohorts;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.learning.LearningProgress;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learner's own work on an assignment: drafts, files, handing in and resubmitting within the
 * assignment's rules, and the grade once it is released. Only the signed-in learner, enrolled (not
 * withdrawn, access not ended) in the published course; anyone else finds no assignment.
 *
 * <p>Resubmitting after a grade puts the work back to {@code SUBMITTED}, so it is in the grading
 * queue again, but keeps the grade row as it is: the instructor starts from the earlier rubric
 * clicks and feedback, the history stays whole, and a grade already released stays visible to the
 * learner (marked as for an earlier version) rather than seem taken back, while one not yet
 * released stays hidden.
 */
@Service
@MembersOnly
public class Submissions {

    /** The longest online text taken: what can still be rendered as Markdown for the grader. */
    public static final int TEXT_MAX_LENGTH = SafeMarkdown.MAX_LENGTH;

    /** The versions a learner's page lists; the count says how many there are in all. */
    static final int VERSIONS_SHOWN = 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final SubmissionVersionRepository versions;
    private final GradeRepository grades;
    private final RubricRepository rubrics;
    private final Deadlines deadlines;
    private final CourseCatalog catalog;
    private final EnrollmentService enrollments;
    private final CourseCohorts cohorts;
    private final LearningProgress progress;
    private final FileStore files;
    private final PluginService plugins;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    Submissions(
            AssignmentRepository assignments,
            SubmissionRepository submissions,
            SubmissionVersionRepository versions,
            GradeRepository grades,
            RubricRepository rubrics,
            Deadlines deadlines,
            CourseCatalog catalog,
            EnrollmentService enrollments,
            CourseCohorts cohorts,
            LearningProgress progress,
            FileStore files,
            PluginService plugins,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.assignments = assignments;
        this.submissions = submissions;
        this.versions = versions;
        this.grades = grades;
        this.rubrics = rubrics;
        this.deadlines = deadlines;
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.progress = progress;
        this.files = files;
        this.plugins = plugins;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A file handed in with the next submission: its id in the file store and its name. */
    public record Upload(UUID id, String name) {}

    /** The signed-in learner's work on the assignment of a module, as they may see it. */
    @Transactional(readOnly = true)
    public MyAssignment mine(long courseId, long moduleId) {
        Assignment assignment = open(courseId, moduleId);
        long userId = currentUser.require().id();
        Instant now = clock.instant();
        Deadlines.Deadline deadline = deadlines.dueFor(assignment, userId);
        Submission submission =
                submissions.findByAssignmentIdAndUserId(assignment.id(), userId).orElse(null);
        List<MyAssignment.Version> shown = List.of();
        int count = 0;
        MyAssignment.ReleasedGrade released = null;
        StudentStatus status = StudentStatus.NOT_STARTED;
        if (submission != null) {
            count = versions.countBySubmissionId(submission.id());
            shown =
                    versions
                            .findBySubmissionIdOrderByNumberDesc(submission.id(), PageRequest.of(0, VERSIONS_SHOWN))
                            .stream()
                            .map(version -> new MyAssignment.Version(
                                    version.number(),
                                    version.submittedAt(),
                                    version.late(),
                                    version.daysLate(),
                                    version.fileId(),
                                    version.fileName()))
                            .toList();
            released = grades.findBySubmissionId(submission.id())
                    .filter(Grade::released)
                    .map(grade -> released(assignment, submission, grade))
                    .orElse(null);
            status = studentStatus(submission, count, released);
        }
        String refusal = refusal(assignment, deadline.dueAt(), count, now);
        return new MyAssignment(
                settings(assignment),
                status,
                deadline.dueAt(),
                deadline.source() == Deadlines.Source.EXTENSION
                                || deadline.source() == Deadlines.Source.COHORT_EXTENSION
                        ? deadline.reason()
                        : null,
                submission == null ? null : submission.draftText(),
                count,
                shown,
                resubmissionsLeft(assignment, count),
                refusal == null,
                refusal,
                released);
    }

    /** Keeps the learner's online text as a draft; handed-in work keeps its state. */
    @Transactional
    public void saveDraft(long courseId, long moduleId, @Nullable String text) {
        Assignment assignment = open(courseId, moduleId);
        checkLength(text);
        long userId = currentUser.require().id();
        Submission submission = own(assignment.id(), userId);
        submission.draftText(text == null || text.isBlank() ? null : text);
    }

    /**
     * Stores a file for the learner's next submission, read from the upload as it arrives and cut off
     * beyond the assignment's size; its name's extension must be one of the assignment's types. A
     * refused file stores nothing.
     */
    @Transactional
    public Upload upload(long courseId, long moduleId, String fileName, InputStream body) throws IOException {
        Assignment assignment = open(courseId, moduleId);
        if (!assignment.acceptsFile()) {
            throw new SubmissionException(ConstraintMessages.get("submission.no-files"));
        }
        UUID id = files.storeDocument(
                fileName, body, DataSize.ofMegabytes(assignment.maxFileMb()), fileTypes(assignment));
        FileStore.Info info = files.info(id).orElseThrow();
        return new Upload(id, info.name());
    }

    /** Hands in a version now: the online text and/or a file uploaded by the learner. */
    @Transactional
    public MyAssignment.Version submit(long courseId, long moduleId, @Nullable String text, @Nullable UUID file) {
        return submitAt(courseId, moduleId, text, file, clock.instant());
    }

    /** {@link #submit} at a given instant: tests of the due second call it with exact times. */
    @Transactional
    MyAssignment.Version submitAt(
            long courseId, long moduleId, @Nullable String text, @Nullable UUID file, Instant at) {
        Assignment assignment = open(courseId, moduleId);
        LyceumUser user = currentUser.require();
        String handedText = assignment.acceptsText() && text != null && !text.isBlank() ? text : null;
        checkLength(handedText);
        FileStore.Info info = null;
        if (file != null) {
            if (!assignment.acceptsFile()) {
                throw new SubmissionException(ConstraintMessages.get("submission.no-files"));
            }
            // Only a file this learner uploaded, of the assignment's types and size, in this organization.
            info = files.info(file)
                    .filter(found -> Objects.equals(found.uploadedBy(), user.id()))
                    .orElseThrow(() -> new SubmissionException(ConstraintMessages.get("submission.file-missing")));
            if (!fileTypes(assignment).contains(FileStore.extension(info.name()))) {
                throw new SubmissionException(
                        ConstraintMessages.get("submission.file-type", String.join(", ", fileTypes(assignment))));
            }
            if (info.size() > DataSize.ofMegabytes(assignment.maxFileMb()).toBytes()) {
                throw new SubmissionException(
                        ConstraintMessages.get("submission.file-too-large", assignment.maxFileMb()));
            }
        }
        if (handedText == null && info == null) {
            throw new SubmissionException(ConstraintMessages.get("submission.nothing"));
        }
        if (assignment.groupWork()) {
            // The group's rows are locked in one order (by learner), so two mates handing in at once
            // take turns instead of each holding one row and waiting for the other's.
            var group = new java.util.TreeSet<>(cohorts.groupMates(assignment.courseId(), user.id()));
            group.add(user.id());
            group.forEach(member -> own(assignment.id(), member));
        }
        Submission submission = own(assignment.id(), user.id());
        int count = versions.countBySubmissionId(submission.id());
        Deadlines.Deadline deadline = deadlines.dueFor(assignment, user.id());
        String refusal = refusal(assignment, deadline.dueAt(), count, at);
        if (refusal != null) {
            throw new SubmissionException(refusal);
        }
        SubmissionVersion version = handIn(submission, handedText, info, at, deadline.dueAt());
        submission.draftText(handedText);
        if (assignment.completesOn() == Assignment.CompletesOn.SUBMITTED) {
            progress.completeFor(user.id(), courseId, moduleId);
        }
        events.publishEvent(new SubmissionCreated(
                TenantContext.require().slug(),
                submission.id(),
                courseId,
                moduleId,
                user.id(),
                version.number(),
                version.late(),
                at));
        if (assignment.groupWork()) {
            handInForMates(assignment, user.id(), handedText, info, at);
        }
        return new MyAssignment.Version(
                version.number(),
                version.submittedAt(),
                version.late(),
                version.daysLate(),
                version.fileId(),
                version.fileName());
    }

    /**
     * Group work: the same version is the work of each of the learner's group mates, late or not by
     * their own due date. Their resubmission allowance is not asked: the group handed in once. One
     * {@link SubmissionCreated} for the group (the submitter's), so instructors get one mail.
     */
    private void handInForMates(
            Assignment assignment, long submitter, @Nullable String text, FileStore.@Nullable Info file, Instant at) {
        List<Long> mates = cohorts.groupMates(assignment.courseId(), submitter);
        if (mates.isEmpty()) {
            return;
        }
        Map<Long, Deadlines.Deadline> due = deadlines.dueFor(assignment, mates);
        for (long mate : mates) {
            Submission submission = own(assignment.id(), mate);
            handIn(submission, text, file, at, due.get(mate).dueAt());
            if (assignment.completesOn() == Assignment.CompletesOn.SUBMITTED) {
                progress.completeFor(mate, assignment.courseId(), assignment.moduleId());
            }
        }
    }

    /** The learner's submission row (created when there is none), locked for this transaction. */
    private Submission own(long assignmentId, long userId) {
        submissions.createIfAbsent(assignmentId, userId);
        return submissions.findLocked(assignmentId, userId).orElseThrow();
    }

    private SubmissionVersion handIn(
            Submission submission,
            @Nullable String text,
            FileStore.@Nullable Info file,
            Instant at,
            @Nullable Instant dueAt) {
        int number = versions.findFirstBySubmissionIdOrderByNumberDesc(submission.id())
                        .map(SubmissionVersion::number)
                        .orElse(0)
                + 1;
        int daysLate = LatePolicy.daysLate(at, dueAt);
        SubmissionVersion version = versions.save(new SubmissionVersion(
                submission.id(),
                number,
                text,
                file == null ? null : file.id(),
                file == null ? null : file.name(),
                at,
                daysLate));
        submission.submitted(at, daysLate > 0);
        return version;
    }

    /** Why nothing more can be handed in now (null: it can). */
    private static @Nullable String refusal(Assignment assignment, @Nullable Instant dueAt, int count, Instant at) {
        boolean afterDue = dueAt != null && at.isAfter(dueAt);
        if (count == 0) {
            return assignment.latePolicy().accepts(at, dueAt) ? null : ConstraintMessages.get("submission.closed");
        }
        if (afterDue) {
            return ConstraintMessages.get("submission.resubmit-after-due");
        }
        Integer left = resubmissionsLeft(assignment, count);
        return left != null && left <= 0 ? ConstraintMessages.get("submission.no-resubmissions-left") : null;
    }

    private static @Nullable Integer resubmissionsLeft(Assignment assignment, int count) {
        Integer allowed = assignment.resubmissions();
        if (allowed == null) {
            return null;
        }
        return count == 0 ? allowed : Math.max(0, allowed - (count - 1));
    }

    private static StudentStatus studentStatus(
            Submission submission, int count, MyAssignment.@Nullable ReleasedGrade released) {
        if (released != null && !released.earlierVersion()) {
            return StudentStatus.GRADED;
        }
        if (count == 0) {
            return submission.draftText() == null ? StudentStatus.NOT_STARTED : StudentStatus.DRAFT;
        }
        // GRADED (not released) reads exactly as SUBMITTED: nothing of an unreleased grade shows.
        return submission.late() ? StudentStatus.LATE : StudentStatus.SUBMITTED;
    }

    private MyAssignment.ReleasedGrade released(Assignment assignment, Submission submission, Grade grade) {
        RubricSpec rubric = assignment.rubricId() == null ? null : rubric(assignment.rubricId());
        Map<String, String> levels = JSON.readValue(grade.rubricLevels(), new TypeReference<Map<String, String>>() {});
        Instant releasedAt = Objects.requireNonNull(grade.releasedAt());
        Instant gradedAt = grade.gradedAt() == null ? releasedAt : grade.gradedAt();
        boolean earlier =
                submission.submittedAt() != null && submission.submittedAt().isAfter(gradedAt);
        return new MyAssignment.ReleasedGrade(
                grade.points(),
                assignment.points(),
                grade.penaltyPercent(),
                rubric,
                levels,
                grade.feedback().isBlank() ? "" : SafeMarkdown.toHtml(grade.feedback()),
                grade.feedbackFile(),
                releasedAt,
                earlier);
    }

    private @Nullable RubricSpec rubric(long rubricId) {
        return rubrics.findById(rubricId).map(Rubric::spec).orElse(null);
    }

    /**
     * The assignment of a module the signed-in learner may work on: a published module of a published
     * course they are enrolled in, access not ended. Anything else is refused alike.
     */
    private Assignment open(long courseId, long moduleId) {
        // A course built while the plan had grading keeps its assignments; nothing is handed in meanwhile.
        if (!plugins.isActive(GradingPlugin.ID)) {
            throw new SubmissionException(ConstraintMessages.get("submission.plugin-off"));
        }
        boolean enrolled = enrollments
                        .mine(courseId)
                        .filter(enrollment -> enrollment.status() != EnrollmentStatus.WITHDRAWN)
                        .isPresent()
                && !enrollments.accessEnded(courseId);
        if (!enrolled || !catalog.isPublishedModule(courseId, moduleId)) {
            throw new SubmissionException(ConstraintMessages.get("submission.not-enrolled"));
        }
        return assignments
                .findByModuleId(moduleId)
                .filter(assignment -> assignment.courseId() == courseId)
                .orElseThrow(() -> new SubmissionException(ConstraintMessages.get("submission.not-enrolled")));
    }

    private static MyAssignment.Settings settings(Assignment assignment) {
        return new MyAssignment.Settings(
                assignment.acceptsText(),
                assignment.acceptsFile(),
                fileTypes(assignment),
                assignment.maxFileMb(),
                assignment.points(),
                assignment.latePolicy(),
                assignment.latePenaltyPerDay(),
                assignment.groupWork(),
                assignment.resubmissions());
    }

    static List<String> fileTypes(Assignment assignment) {
        return Arrays.stream(assignment.fileTypes().split(","))
                .map(String::strip)
                .filter(type -> !type.isEmpty())
                .toList();
    }

    private static void checkLength(@Nullable String text) {
        if (text != null && text.length() > TEXT_MAX_LENGTH) {
            throw new SubmissionException(ConstraintMessages.get("submission.text-too-long", TEXT_MAX_LENGTH));
        }
    }
}
