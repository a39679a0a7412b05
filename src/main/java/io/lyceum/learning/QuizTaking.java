package io.lyceum.learning;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.ModuleKind;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.quiz.Choice;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuizService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A student takes a course's quiz: its questions without answers, then scored attempts within the
 * attempts allowed; a passed attempt completes the module through {@link LearningProgress}.
 */
@Service
public class QuizTaking {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EnrollmentRepository enrollments;
    private final QuizAttemptRepository attempts;
    private final QuizService quizzes;
    private final CourseCatalog catalog;
    private final EnrollmentService enrollmentService;
    private final LearningProgress progress;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuizTaking(
            EnrollmentRepository enrollments,
            QuizAttemptRepository attempts,
            QuizService quizzes,
            CourseCatalog catalog,
            EnrollmentService enrollmentService,
            LearningProgress progress,
            CurrentUser currentUser,
            Clock clock) {
        this.enrollments = enrollments;
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.catalog = catalog;
        this.enrollmentService = enrollmentService;
        this.progress = progress;
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
                    spec.choices().stream().map(Choice::text).toList()));
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
        var specs = quizzes.specs(moduleId);
        int total = specs.stream().mapToInt(QuestionSpec::points).sum();
        double earned = 0;
        var review = new ArrayList<ReviewedAnswer>();
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            List<String> given = answers.getOrDefault(i, List.of());
            double fraction = spec.score(given);
            earned += spec.points() * fraction;
            if (settings.review().showsMarks()) {
                review.add(new ReviewedAnswer(
                        i,
                        fraction == 1,
                        spec.feedback(given),
                        settings.review().showsCorrectAnswers() ? spec.correctAnswers() : List.of()));
            }
        }
        var score = total == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(100.0 * earned / total).setScale(2, RoundingMode.HALF_UP);
        boolean passed = score.compareTo(BigDecimal.valueOf(settings.passingScore())) >= 0;
        attempts.save(new QuizAttempt(
                enrollment.id(), moduleId, score, passed, JSON.writeValueAsString(answers), clock.instant()));
        // Joins this transaction: the attempt and the completion are stored together or not at all.
        EnrollmentSummary after = passed ? progress.complete(courseId, moduleId) : enrollment.summary();
        var best = attempts.bestScore(enrollment.id(), moduleId, enrollment.attemptsCountFrom())
                .orElse(score);
        Integer left = settings.attemptsAllowed() == null ? null : (int) (settings.attemptsAllowed() - used - 1);
        return new QuizResult(score, passed, best, settings.passingScore(), left, after, settings.review(), review);
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
