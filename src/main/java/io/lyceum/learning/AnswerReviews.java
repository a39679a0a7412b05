package io.lyceum.learning;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseNotFoundException;
import io.lyceum.course.CourseService;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuizService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz answers a person marks: essays, and short answers the quiz asks a person to review. Marking
 * one updates its attempt's score (and may pass it, completing the module); {@link AnswerReviewed}
 * tells the gradebook. Only the course's instructors and admins.
 *
 * <p>An attempt's score is recomputed on each mark from its answers, the quiz's questions and all
 * marks given ({@link AttemptScore}): a waiting answer counts 0, a marked one its points; the attempt
 * stops waiting when no answer waits. Marking again replaces the earlier mark. Each mark bumps the
 * attempt's version and is refused when the marker read another version: two markers at once never
 * overwrite each other unseen. Attempts and questions are found through the course the person
 * teaches: any other (another course's, another organization's, a made-up id) is {@link
 * AnswerNotFoundException}. The questions are the quiz's as they are now, matched by position, as
 * the learner's own review matches them.
 */
@Service
public class AnswerReviews {

    public static final int FEEDBACK_MAX_LENGTH = 5000;
    private static final int PAGE_MAX = 200;

    /** One answer to mark, or marked already ({@code reviewedPoints} set). */
    public record ReviewAnswer(
            long attemptId,
            long userId,
            String studentName,
            int questionIndex,
            String question,
            int points,
            String answer,
            Instant submittedAt,
            long attemptVersion,
            @Nullable BigDecimal reviewedPoints,
            String feedback) {}

    /** A quiz module of the course with answers waiting to be marked. */
    public record ModuleToReview(long moduleId, String title, int waiting) {}

    /*
     * The answer to question q.i of attempt a, when it has something to mark: answers are stored as
     * {"index": ["given", …]}, and an answer of nothing but blanks waits for nobody (AttemptScore).
     */
    private static final String GIVEN = "case when jsonb_typeof(a.answers::jsonb -> q.i::text) = 'array'"
            + " then a.answers::jsonb -> q.i::text else '[]'::jsonb end";
    private static final String ANSWERED = "exists (select 1 from jsonb_array_elements_text(" + GIVEN + ") t(v)"
            + " where btrim(t.v, ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) <> '')";

    private final CourseService courses;
    private final QuizService quizzes;
    private final QuizAttemptRepository attempts;
    private final EnrollmentRepository enrollments;
    private final AnswerMarks marks;
    private final LearningProgress progress;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    AnswerReviews(
            CourseService courses,
            QuizService quizzes,
            QuizAttemptRepository attempts,
            EnrollmentRepository enrollments,
            AnswerMarks marks,
            LearningProgress progress,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock) {
        this.courses = courses;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.enrollments = enrollments;
        this.marks = marks;
        this.progress = progress;
        this.currentUser = currentUser;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The course's quiz modules with answers waiting, by position. */
    @TeachersOnly
    @Transactional(readOnly = true)
    public List<ModuleToReview> modulesToReview(long courseId) {
        courses.details(courseId);
        var modules = new ArrayList<ModuleToReview>();
        for (Object row :
                entityManager.createNativeQuery("""
                        select m.id, m.title from course_module m
                        left join course_section s on s.id = m.section_id
                        where m.course_id = ?1 and m.kind = 'QUIZ'
                        order by m.section_id is not null, s.position, m.position, m.id""").setParameter(1, courseId).getResultList()) {
            Object[] values = (Object[]) row;
            long moduleId = ((Number) values[0]).longValue();
            String indexes = markedByPerson(quizzes.specs(moduleId));
            if (indexes.isEmpty()) {
                continue;
            }
            // Only pending attempts can wait (a partial index keeps this cheap); answered and not marked yet.
            Number waiting = (Number) entityManager
                    .createNativeQuery("with q(i) as (values " + indexes + ")"
                            + " select count(*) from quiz_attempt a join enrollment e on e.id = a.enrollment_id"
                            + " cross join q"
                            + " where a.module_id = ?1 and a.pending_review and e.course_id = ?2 and " + ANSWERED
                            + " and not exists (select 1 from answer_review r"
                            + " where r.attempt_id = a.id and r.question_index = q.i)")
                    .setParameter(1, moduleId)
                    .setParameter(2, courseId)
                    .getSingleResult();
            if (waiting.intValue() > 0) {
                modules.add(new ModuleToReview(moduleId, (String) values[1], waiting.intValue()));
            }
        }
        return modules;
    }

    /** The answers of a quiz module to mark (waiting first, then marked), at most {@code limit}. */
    @TeachersOnly
    @Transactional(readOnly = true)
    public List<ReviewAnswer> answers(long courseId, long moduleId, int offset, int limit) {
        courses.details(courseId);
        Number inCourse = (Number) entityManager
                .createNativeQuery(
                        "select count(*) from course_module where id = ?1 and course_id = ?2 and kind = 'QUIZ'")
                .setParameter(1, moduleId)
                .setParameter(2, courseId)
                .getSingleResult();
        if (inCourse.intValue() == 0) {
            throw new AnswerNotFoundException(moduleId, -1);
        }
        return rows(courseId, moduleId, null, null, Math.max(0, offset), Math.clamp(limit, 0, PAGE_MAX));
    }

    /**
     * Marks an answer: {@code points} of the question's, with feedback. Refused (with a clear message)
     * when the attempt changed since {@code expectedAttemptVersion}; nothing is lost.
     */
    @TeachersOnly
    @Transactional
    public ReviewAnswer review(
            long attemptId, int questionIndex, long expectedAttemptVersion, BigDecimal points, String feedback) {
        // Locked first: whoever marks this attempt next waits, then sees the version this mark leaves.
        QuizAttempt attempt =
                attempts.findLocked(attemptId).orElseThrow(() -> new AnswerNotFoundException(attemptId, questionIndex));
        Enrollment enrollment = enrollments
                .findById(attempt.enrollmentId())
                .orElseThrow(() -> new AnswerNotFoundException(attemptId, questionIndex));
        long courseId = enrollment.courseId();
        try {
            courses.details(courseId);
        } catch (CourseNotFoundException e) {
            throw new AnswerNotFoundException(attemptId, questionIndex);
        }
        List<QuestionSpec> specs = quizzes.specs(attempt.moduleId());
        var answers = AttemptScore.answers(attempt.answers());
        if (questionIndex < 0
                || questionIndex >= specs.size()
                || !specs.get(questionIndex).markedByPerson()
                || !AttemptScore.answered(answers.getOrDefault(questionIndex, List.of()))) {
            throw new AnswerNotFoundException(attemptId, questionIndex);
        }
        QuestionSpec question = specs.get(questionIndex);
        BigDecimal given = points.setScale(2, RoundingMode.HALF_UP);
        if (given.signum() < 0 || given.compareTo(BigDecimal.valueOf(question.points())) > 0) {
            throw AnswerReviewException.invalid(
                    ConstraintMessages.get("answer-review.points.range", "0", String.valueOf(question.points())));
        }
        String text = feedback.strip();
        if (text.length() > FEEDBACK_MAX_LENGTH) {
            throw AnswerReviewException.invalid(
                    ConstraintMessages.get("answer-review.feedback.too-long", String.valueOf(FEEDBACK_MAX_LENGTH)));
        }
        if (attempt.version() != expectedAttemptVersion) {
            throw AnswerReviewException.conflict(ConstraintMessages.get("answer-review.conflict"));
        }
        marks.put(attemptId, questionIndex, given, text, currentUser.require().id(), clock.instant());
        var score = AttemptScore.of(specs, answers, marks.points(attemptId));
        BigDecimal before = attempt.score();
        boolean passed = score.passes(quizzes.settings(attempt.moduleId()).passingScore());
        attempt.marked(score.percent(), passed, score.pendingReview());
        attempts.saveAndFlush(attempt);
        // An attempt from before the learner started the course over no longer completes anything.
        if (passed && !attempt.submittedAt().isBefore(enrollment.attemptsCountFrom())) {
            progress.completeFor(enrollment.userId(), courseId, attempt.moduleId());
        }
        events.publishEvent(new AnswerReviewed(
                courseId, attempt.moduleId(), enrollment.userId(), attemptId, before, score.percent()));
        return rows(courseId, attempt.moduleId(), attemptId, questionIndex, 0, 1)
                .getFirst();
    }

    /** The indexes of the questions a person marks, as SQL values "(0), (3)"; empty when there are none. */
    private static String markedByPerson(List<QuestionSpec> specs) {
        // Numbers of our own making, never input: safe to write into the statement.
        return IntStream.range(0, specs.size())
                .filter(index -> specs.get(index).markedByPerson())
                .mapToObj(index -> "(" + index + ")")
                .collect(Collectors.joining(", "));
    }

    private List<ReviewAnswer> rows(
            long courseId,
            long moduleId,
            @Nullable Long attemptId,
            @Nullable Integer questionIndex,
            int offset,
            int limit) {
        List<QuestionSpec> specs = quizzes.specs(moduleId);
        String indexes = markedByPerson(specs);
        if (indexes.isEmpty() || limit == 0) {
            return List.of();
        }
        var query = entityManager.createNativeQuery("with q(i) as (values " + indexes + ")"
                + " select a.id, e.user_id, u.display_name, q.i, (" + GIVEN + ") ->> 0, a.submitted_at, a.version,"
                + " r.points, r.feedback"
                + " from quiz_attempt a join enrollment e on e.id = a.enrollment_id"
                + " join app_user u on u.id = e.user_id cross join q"
                + " left join answer_review r on r.attempt_id = a.id and r.question_index = q.i"
                + " where a.module_id = ?1 and e.course_id = ?2 and " + ANSWERED
                + (attemptId == null ? "" : " and a.id = ?5 and q.i = ?6")
                // Waiting first, the oldest first (first come, first marked); then the latest marked.
                + " order by r.attempt_id is not null, case when r.attempt_id is null then a.submitted_at end,"
                + " r.reviewed_at desc, a.id, q.i offset ?3 limit ?4");
        query.setParameter(1, moduleId)
                .setParameter(2, courseId)
                .setParameter(3, offset)
                .setParameter(4, limit);
        if (attemptId != null) {
            query.setParameter(5, attemptId).setParameter(6, questionIndex);
        }
        var answers = new ArrayList<ReviewAnswer>();
        for (Object row : query.getResultList()) {
            Object[] values = (Object[]) row;
            int index = ((Number) values[3]).intValue();
            QuestionSpec spec = specs.get(index);
            answers.add(new ReviewAnswer(
                    ((Number) values[0]).longValue(),
                    ((Number) values[1]).longValue(),
                    (String) values[2],
                    index,
                    spec.text(),
                    spec.points(),
                    values[4] == null ? "" : (String) values[4],
                    AnswerMarks.instant(values[5]),
                    ((Number) values[6]).longValue(),
                    (BigDecimal) values[7],
                    values[8] == null ? "" : (String) values[8]));
        }
        return answers;
    }
}
