package io.lyceum.learning;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.ModuleKind;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.quiz.Choice;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuizService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student takes a course's quiz: its questions without answers, then scored attempts within the
 * attempts allowed; a passed attempt completes the module through {@link LearningProgress}.
 *
 * <p>Essays and short answers flagged for review are marked by a person ({@link AnswerReviews}). An
 * attempt that gave such answers is stored {@code pending_review}; its score counts the questions
 * scored on submission now, each waiting answer 0 until it is marked (then its points count, see
 * {@link AttemptScore}). The passing rule stays the score's: marks only add points, so an attempt
 * whose automatically scored part alone reaches the passing score passes at once and completes the
 * module; any other pending attempt neither passes nor fails for the learner, who reads that answers
 * wait for the instructor, and it completes the module when a mark lifts it to the passing score.
 */
@Service
public class QuizTaking {

    private final EnrollmentRepository enrollments;
    private final QuizAttemptRepository attempts;
    private final QuizService quizzes;
    private final CourseCatalog catalog;
    private final EnrollmentService enrollmentService;
    private final LearningProgress progress;
    private final AnswerMarks marks;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuizTaking(
            EnrollmentRepository enrollments,
            QuizAttemptRepository attempts,
            QuizService quizzes,
            CourseCatalog catalog,
            EnrollmentService enrollmentService,
            LearningProgress progress,
            AnswerMarks marks,
            CurrentUser currentUser,
            Clock clock) {
        this.enrollments = enrollments;
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.catalog = catalog;
        this.enrollmentService = enrollmentService;
        this.progress = progress;
        this.marks = marks;
        this.currentUser = currentUser;
        this.clock = clock;
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
                    spec.choices().stream().map(Choice::text).toList(),
                    spec.markedByPerson()));
        }
        if (quizzes.settings(moduleId).shuffle()) {
            Collections.shuffle(questions);
        }
        return questions;
    }

    /**
     * Scores an attempt (answers by question index), stores it, and completes the module when the
     * passing score is reached. Beyond the attempts allowed nothing is stored. The result carries the
     * attempt's review as far as the quiz's review setting allows: what was right and wrong with the
     * feedback of the chosen answers, and the correct answers only when the setting shows them.
     */
    @Transactional
    public QuizResult submitQuiz(long courseId, long moduleId, Map<Integer, List<String>> answers) {
        requireQuizModule(courseId, moduleId);
        LyceumUser user = currentUser.require();
        Enrollment enrollment = enrollments
                .findByUserIdAndCourseId(user.id(), courseId)
                .filter(found -> found.status() != EnrollmentStatus.WITHDRAWN)
                .filter(found -> !found.accessEndedAt(clock.instant()))
                .orElseThrow(() -> enrollmentService.notOpen(user.id(), courseId));
        var settings = quizzes.settings(moduleId);
        long used = attempts.countByEnrollmentIdAndModuleIdAndSubmittedAtGreaterThanEqual(
                enrollment.id(), moduleId, enrollment.attemptsCountFrom());
        if (settings.attemptsAllowed() != null && used >= settings.attemptsAllowed()) {
            throw new EnrollmentException(ConstraintMessages.get("quiz.no-attempts-left"));
        }
        for (List<String> given : answers.values()) {
            if (given.stream().anyMatch(answer -> answer.length() > QuestionSpec.ANSWER_MAX_LENGTH)) {
                throw new EnrollmentException(
                        ConstraintMessages.get("quiz.answer.too-long", String.valueOf(QuestionSpec.ANSWER_MAX_LENGTH)));
            }
        }
        var specs = quizzes.specs(moduleId);
        var scored = AttemptScore.of(specs, answers, Map.of());
        var review = new ArrayList<ReviewedAnswer>();
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            List<String> given = answers.getOrDefault(i, List.of());
            if (settings.review().showsMarks() && !spec.markedByPerson()) {
                review.add(new ReviewedAnswer(
                        i,
                        spec.score(given) == 1,
                        spec.feedback(given),
                        settings.review().showsCorrectAnswers() ? spec.correctAnswers() : List.of()));
            }
        }
        var score = scored.percent();
        boolean passed = scored.passes(settings.passingScore());
        attempts.save(new QuizAttempt(
                enrollment.id(),
                moduleId,
                score,
                passed,
                scored.pendingReview(),
                AttemptScore.json(answers),
                clock.instant()));
        // Joins this transaction: the attempt and the completion are stored together or not at all.
        EnrollmentSummary after = passed ? progress.complete(courseId, moduleId) : enrollment.summary();
        var best = attempts.bestScore(enrollment.id(), moduleId, enrollment.attemptsCountFrom())
                .orElse(score);
        Integer left = settings.attemptsAllowed() == null ? null : (int) (settings.attemptsAllowed() - used - 1);
        return new QuizResult(
                score, passed, best, settings.passingScore(), left, after, settings.review(), review, scored.waiting());
    }

    /**
     * The signed-in learner's latest attempts at a quiz since they last started the course over,
     * newest first: scores so far, which still wait for a person, and the answers a person marked with
     * their points and feedback. Empty when not enrolled.
     */
    @Transactional(readOnly = true)
    public List<MyAttempt> myAttempts(long courseId, long moduleId) {
        requireQuizModule(courseId, moduleId);
        LyceumUser user = currentUser.require();
        var enrollment = enrollments.findByUserIdAndCourseId(user.id(), courseId);
        if (enrollment.isEmpty()) {
            return List.of();
        }
        Instant since = enrollment.get().attemptsCountFrom();
        long count = attempts.countByEnrollmentIdAndModuleIdAndSubmittedAtGreaterThanEqual(
                enrollment.get().id(), moduleId, since);
        List<QuizAttempt> latest =
                attempts.findTop20ByEnrollmentIdAndModuleIdAndSubmittedAtGreaterThanEqualOrderBySubmittedAtDescIdDesc(
                        enrollment.get().id(), moduleId, since);
        var given = marks.of(latest.stream().map(QuizAttempt::id).toList());
        var specs = quizzes.specs(moduleId);
        var mine = new ArrayList<MyAttempt>();
        for (int i = 0; i < latest.size(); i++) {
            QuizAttempt attempt = latest.get(i);
            var marked = new ArrayList<MyAttempt.MarkedAnswer>();
            new TreeMap<>(given.getOrDefault(attempt.id(), Map.of())).forEach((index, mark) -> {
                if (index < specs.size()) {
                    QuestionSpec spec = specs.get(index);
                    marked.add(new MyAttempt.MarkedAnswer(
                            index, spec.text(), mark.points().stripTrailingZeros(), spec.points(), mark.feedback()));
                }
            });
            mine.add(new MyAttempt(
                    (int) (count - i),
                    attempt.submittedAt(),
                    attempt.score(),
                    attempt.passed(),
                    attempt.pendingReview(),
                    marked));
        }
        return mine;
    }

    private void requireQuizModule(long courseId, long moduleId) {
        catalog.course(courseId)
                .flatMap(course -> course.modules().stream()
                        .filter(candidate -> candidate.id() == moduleId)
                        .findFirst())
                .filter(candidate -> candidate.kind() == ModuleKind.QUIZ)
                .orElseThrow(() -> new EnrollmentException(ConstraintMessages.get("quiz.not-a-quiz")));
    }
}
