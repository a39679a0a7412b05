package io.lyceum.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.QuizModules;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuizReview;
import io.lyceum.quiz.QuizSettings;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Answers a person marks: an attempt with an essay waits, counting its automatically scored part;
 * the course's instructor marks it, the score and the gradebook's best follow, the module completes
 * when the attempt passes; stale or out-of-range marks are refused; nobody else reaches the answers.
 */
@LyceumIntegrationTest
@RecordApplicationEvents
class AnswerReviewsTest {

    static final String PASSWORD = "mark-them-fairly-9";
    static final String ESSAY = "Describe the phases of the Moon.";

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    QuizModules quizModules;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    QuizTaking quizTaking;

    @Autowired
    AnswerReviews reviews;

    @Autowired
    QuizScores quizScores;

    @Autowired
    LearningProgress progress;

    @Autowired
    ApplicationEvents events;

    Tenant org;
    LyceumUser teacher;
    LyceumUser otherTeacher;
    LyceumUser s1;
    LyceumUser s2;
    long course;
    long quiz;

    /** A quiz of one choice question (1 point) and an essay (3 points): the essay is 75 % of it. */
    @BeforeEach
    void aQuizWithAnEssay() {
        org = organizations.create("essays");
        organizations.addUser(org, "teacher@example.com", PASSWORD, Role.INSTRUCTOR);
        organizations.addUser(org, "other-teacher@example.com", PASSWORD, Role.INSTRUCTOR);
        organizations.addUser(org, "s1@example.com", PASSWORD, Role.STUDENT);
        organizations.addUser(org, "s2@example.com", PASSWORD, Role.STUDENT);
        teacher = organizations.principal(org, "teacher@example.com");
        otherTeacher = organizations.principal(org, "other-teacher@example.com");
        s1 = organizations.principal(org, "s1@example.com");
        s2 = organizations.principal(org, "s2@example.com");
        TenantContext.set(org);
        TestOrganizations.signIn(otherTeacher);
        courses.create(new CourseForm("Someone else's course", "", null, null));
        TestOrganizations.signIn(teacher);
        course = courses.create(new CourseForm("Astronomy", "", null, null));
        quiz = courses.addModule(course, ModuleForm.quiz("Moon quiz"));
        quizModules.importGift(quiz, "Closest star? {=The Sun ~Sirius}\n");
        quizModules.createQuestion(quiz, QuestionSpec.essay(null, ESSAY, 3));
        passingScore(50);
        courses.publish(course);
        for (LyceumUser student : List.of(s1, s2)) {
            TestOrganizations.signIn(student);
            enrollments.enrollSelf(course);
        }
    }

    @AfterEach
    void leave() {
        TenantContext.clear();
    }

    void passingScore(int percent) {
        TestOrganizations.signIn(teacher);
        var module = courses.module(quiz);
        quizModules.save(
                quiz,
                module.version(),
                module.form().withPublished(true),
                new QuizSettings(percent, null, false, QuizReview.WHAT_WAS_WRONG));
    }

    QuizResult submit(LyceumUser student, String star, String essay) {
        TestOrganizations.signIn(student);
        return quizTaking.submitQuiz(course, quiz, Map.of(0, List.of(star), 1, List.of(essay)));
    }

    AnswerReviews.ReviewAnswer onlyAnswer() {
        TestOrganizations.signIn(teacher);
        var answers = reviews.answers(course, quiz, 0, 10);
        assertThat(answers).hasSize(1);
        return answers.getFirst();
    }

    QuizScores.QuizScore best(LyceumUser student) {
        return quizScores.best(course, List.of(student.id())).get(student.id()).get(quiz);
    }

    @Test
    void an_essay_waits_counting_the_scored_part_then_its_mark_sets_the_score_and_completes_the_module() {
        QuizResult result = submit(s1, "The Sun", "New, crescent, quarter, gibbous, full.");
        // 1 of 4 points now: the essay counts 0 until marked; 25 % is below 50 % but no failure yet.
        assertThat(result.score()).isEqualByComparingTo("25");
        assertThat(result.passed()).isFalse();
        assertThat(result.pendingReview()).isTrue();
        assertThat(result.waiting()).containsExactly(1);
        assertThat(result.review()).extracting(ReviewedAnswer::index).containsExactly(0);
        assertThat(progress.completedModules(course)).doesNotContain(quiz);
        assertThat(best(s1)).isEqualTo(new QuizScores.QuizScore(new BigDecimal("25.00"), true));

        TestOrganizations.signIn(teacher);
        assertThat(reviews.modulesToReview(course))
                .containsExactly(new AnswerReviews.ModuleToReview(quiz, "Moon quiz", 1));
        var waiting = onlyAnswer();
        assertThat(waiting.userId()).isEqualTo(s1.id());
        assertThat(waiting.question()).isEqualTo(ESSAY);
        assertThat(waiting.points()).isEqualTo(3);
        assertThat(waiting.answer()).isEqualTo("New, crescent, quarter, gibbous, full.");
        assertThat(waiting.reviewedPoints()).isNull();

        var marked = reviews.review(
                waiting.attemptId(), 1, waiting.attemptVersion(), new BigDecimal("2"), "Name the waning phases too.");
        assertThat(marked.reviewedPoints()).isEqualByComparingTo("2");
        assertThat(marked.feedback()).isEqualTo("Name the waning phases too.");
        assertThat(marked.attemptVersion()).isEqualTo(waiting.attemptVersion() + 1);
        // (1 + 2) of 4 points; nothing waits any more, and that is what the gradebook reads.
        assertThat(best(s1)).isEqualTo(new QuizScores.QuizScore(new BigDecimal("75.00"), false));
        assertThat(reviews.modulesToReview(course)).isEmpty();
        assertThat(events.stream(AnswerReviewed.class))
                .containsExactly(new AnswerReviewed(
                        course, quiz, s1.id(), waiting.attemptId(), new BigDecimal("25.00"), new BigDecimal("75.00")));

        TestOrganizations.signIn(s1);
        assertThat(progress.completedModules(course)).contains(quiz);
        var mine = quizTaking.myAttempts(course, quiz);
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().pendingReview()).isFalse();
        assertThat(mine.getFirst().passed()).isTrue();
        assertThat(mine.getFirst().score()).isEqualByComparingTo("75");
        assertThat(mine.getFirst().marked())
                .containsExactly(
                        new MyAttempt.MarkedAnswer(1, ESSAY, new BigDecimal("2"), 3, "Name the waning phases too."));
    }

    @Test
    void an_attempt_whose_scored_part_alone_passes_completes_the_module_at_once_and_still_waits() {
        passingScore(25);
        QuizResult result = submit(s1, "The Sun", "Phases.");
        assertThat(result.passed()).isTrue();
        assertThat(result.pendingReview()).isTrue();
        TestOrganizations.signIn(s1);
        assertThat(progress.completedModules(course)).contains(quiz);
        assertThat(best(s1).pendingReview()).isTrue();
    }

    @Test
    void a_blank_essay_earns_nothing_and_waits_for_nobody() {
        QuizResult result = submit(s1, "The Sun", "   ");
        assertThat(result.pendingReview()).isFalse();
        assertThat(result.score()).isEqualByComparingTo("25");
        TestOrganizations.signIn(teacher);
        assertThat(reviews.answers(course, quiz, 0, 10)).isEmpty();
        assertThat(reviews.modulesToReview(course)).isEmpty();
    }

    @Test
    void an_answer_longer_than_allowed_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> submit(s1, "The Sun", "x".repeat(QuestionSpec.ANSWER_MAX_LENGTH + 1)))
                .isInstanceOf(EnrollmentException.class)
                .hasMessage("An answer may have at most 10000 characters.");
        assertThat(quizScores.best(course, List.of(s1.id()))).isEmpty();
    }

    @Test
    void a_mark_on_a_version_read_before_another_mark_is_refused_and_the_first_mark_is_kept() {
        submit(s1, "Sirius", "Full and new.");
        var read = onlyAnswer();
        reviews.review(read.attemptId(), 1, read.attemptVersion(), new BigDecimal("1.5"), "First marker.");

        assertThatThrownBy(() -> reviews.review(
                        read.attemptId(), 1, read.attemptVersion(), new BigDecimal("3"), "Second marker."))
                .isInstanceOfSatisfying(
                        AnswerReviewException.class,
                        e -> assertThat(e.conflict()).isTrue())
                .hasMessage("Someone else marked this attempt meanwhile; nothing was saved."
                        + " Reload the answers and mark again.");
        var kept = onlyAnswer();
        assertThat(kept.reviewedPoints()).isEqualByComparingTo("1.5");
        assertThat(kept.feedback()).isEqualTo("First marker.");
        // 1.5 of 4 points.
        assertThat(best(s1).percent()).isEqualByComparingTo("37.5");

        // Marking again on the version as now read replaces the mark.
        reviews.review(read.attemptId(), 1, kept.attemptVersion(), new BigDecimal("3"), "Second look.");
        assertThat(best(s1).percent()).isEqualByComparingTo("75");
    }

    @Test
    void of_two_markers_at_once_on_the_same_version_one_marks_and_the_other_is_refused() throws Exception {
        submit(s1, "The Sun", "Phases.");
        var read = onlyAnswer();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var outcomes = new ArrayList<Future<String>>();
            for (String points : List.of("1", "2")) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return TenantContext.callAs(org, () -> {
                        TestOrganizations.signIn(teacher);
                        try {
                            reviews.review(read.attemptId(), 1, read.attemptVersion(), new BigDecimal(points), points);
                            return "marked " + points;
                        } catch (AnswerReviewException e) {
                            return e.conflict() ? "refused" : e.getMessage();
                        }
                    });
                }));
            }
            start.countDown();
            var results = new ArrayList<String>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("refused").hasSize(2);
            String winner = results.stream()
                    .filter(r -> r.startsWith("marked"))
                    .findFirst()
                    .orElseThrow();
            var kept = onlyAnswer();
            assertThat("marked " + kept.reviewedPoints().stripTrailingZeros().toPlainString())
                    .isEqualTo(winner);
            assertThat(kept.attemptVersion()).isEqualTo(read.attemptVersion() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void points_beyond_the_question_or_below_zero_are_refused_with_the_range() {
        submit(s1, "The Sun", "Phases.");
        var read = onlyAnswer();
        for (String points : List.of("3.5", "-1")) {
            assertThatThrownBy(() ->
                            reviews.review(read.attemptId(), 1, read.attemptVersion(), new BigDecimal(points), ""))
                    .isInstanceOfSatisfying(
                            AnswerReviewException.class,
                            e -> assertThat(e.conflict()).isFalse())
                    .hasMessage("Give from 0 to 3 points for this answer.");
        }
        var unchanged = onlyAnswer();
        assertThat(unchanged.reviewedPoints()).isNull();
        assertThat(unchanged.attemptVersion()).isEqualTo(read.attemptVersion());
        assertThat(best(s1)).isEqualTo(new QuizScores.QuizScore(new BigDecimal("25.00"), true));
        // The full points are allowed.
        reviews.review(read.attemptId(), 1, read.attemptVersion(), new BigDecimal("3"), "");
        assertThat(best(s1).percent()).isEqualByComparingTo("100");
    }

    @Test
    void waiting_answers_come_first_then_marked_ones_paged() {
        submit(s1, "The Sun", "First essay.");
        submit(s2, "The Sun", "Second essay.");
        TestOrganizations.signIn(teacher);
        var first = reviews.answers(course, quiz, 0, 10).getFirst();
        assertThat(first.answer()).isEqualTo("First essay.");
        reviews.review(first.attemptId(), 1, first.attemptVersion(), BigDecimal.ONE, "");

        assertThat(reviews.answers(course, quiz, 0, 10))
                .extracting(AnswerReviews.ReviewAnswer::answer)
                .containsExactly("Second essay.", "First essay.");
        assertThat(reviews.answers(course, quiz, 0, 1))
                .extracting(AnswerReviews.ReviewAnswer::answer)
                .containsExactly("Second essay.");
        assertThat(reviews.answers(course, quiz, 1, 1))
                .extracting(AnswerReviews.ReviewAnswer::answer)
                .containsExactly("First essay.");
        assertThat(reviews.modulesToReview(course))
                .extracting(AnswerReviews.ModuleToReview::waiting)
                .containsExactly(1);
    }

    @Test
    void a_short_answer_flagged_for_review_waits_like_an_essay() {
        TestOrganizations.signIn(teacher);
        quizModules.createQuestion(
                quiz, QuestionSpec.shortAnswerForReview(null, "Name a crater.", List.of("Tycho"), false, 2));
        TestOrganizations.signIn(s1);
        var result = quizTaking.submitQuiz(
                course, quiz, Map.of(0, List.of("The Sun"), 1, List.of("Phases."), 2, List.of("Tycho")));
        // Even an accepted answer waits: a person marks this question. 1 of 6 points.
        assertThat(result.waiting()).containsExactly(1, 2);
        assertThat(result.score()).isEqualByComparingTo("16.67");
        TestOrganizations.signIn(teacher);
        assertThat(reviews.modulesToReview(course))
                .extracting(AnswerReviews.ModuleToReview::waiting)
                .containsExactly(2);
    }

    @Test
    void only_the_courses_instructors_reach_its_answers_not_students_other_instructors_or_other_organizations() {
        submit(s1, "The Sun", "Phases.");
        var answer = onlyAnswer();
        long attempt = answer.attemptId();
        long version = answer.attemptVersion();

        TestOrganizations.signIn(s1);
        assertThatThrownBy(() -> reviews.modulesToReview(course)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.answers(course, quiz, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.review(attempt, 1, version, BigDecimal.ONE, ""))
                .isInstanceOf(AccessDeniedException.class);

        // An instructor of the organization who does not teach this course: as if it did not exist.
        TestOrganizations.signIn(otherTeacher);
        assertThatThrownBy(() -> reviews.modulesToReview(course)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> reviews.answers(course, quiz, 0, 10)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> reviews.review(attempt, 1, version, BigDecimal.ONE, ""))
                .isInstanceOf(AnswerNotFoundException.class);

        // The course's instructor: a made-up attempt, a question scored on submission, a module of no course of theirs.
        TestOrganizations.signIn(teacher);
        assertThatThrownBy(() -> reviews.review(attempt + 1000, 1, version, BigDecimal.ONE, ""))
                .isInstanceOf(AnswerNotFoundException.class);
        assertThatThrownBy(() -> reviews.review(attempt, 0, version, BigDecimal.ONE, ""))
                .isInstanceOf(AnswerNotFoundException.class);
        assertThatThrownBy(() -> reviews.answers(course, quiz + 1000, 0, 10)).isInstanceOf(NoSuchItemException.class);

        // An admin of another organization: the same ids name nothing there.
        Tenant other = organizations.create("essays-other");
        TenantContext.clear();
        TenantContext.set(other);
        TestOrganizations.signIn(organizations.principal(other, TestOrganizations.ADMIN_EMAIL));
        assertThatThrownBy(() -> reviews.modulesToReview(course)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> reviews.answers(course, quiz, 0, 10)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> reviews.review(attempt, 1, version, BigDecimal.ONE, ""))
                .isInstanceOf(AnswerNotFoundException.class);

        TenantContext.clear();
        TenantContext.set(org);
        var untouched = onlyAnswer();
        assertThat(untouched.reviewedPoints()).isNull();
        assertThat(untouched.attemptVersion()).isEqualTo(version);
        assertThat(events.stream(AnswerReviewed.class)).isEmpty();
    }
}
