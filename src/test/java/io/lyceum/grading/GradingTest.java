package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.CohortForm;
import io.lyceum.learning.CohortService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Grading a course's submissions: rubric arithmetic, late penalties and overrides, the queue and its
 * filters, anonymous names until release, release with completion, the history of every change,
 * optimistic locking between two graders, and who may see what.
 */
@LyceumIntegrationTest
@RecordApplicationEvents
class GradingTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Submissions submissions;

    @Autowired
    Rubrics rubrics;

    @Autowired
    Grading grading;

    @Autowired
    GradeHistory history;

    @Autowired
    CohortService cohorts;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    GradingFixtures fixtures;

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private GradingFixtures.Classroom classroom(String prefix, int students) {
        fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        return fixtures.classroom(prefix, students);
    }

    private static <T> T as(GradingFixtures.Classroom room, LyceumUser user, Supplier<T> work) {
        return TenantContext.callAs(room.org(), () -> {
            TestOrganizations.signIn(user);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /** A rubric of two criteria (best 10 + 20 = 30 points) on the classroom's assignment, worth 60 points. */
    private RubricSpec rubric(GradingFixtures.Classroom room) {
        long rubricId = as(
                room,
                room.instructor(),
                () -> rubrics.create(
                        room.courseId(),
                        new RubricForm(
                                "Landing page",
                                List.of(
                                        new RubricForm.Criterion(
                                                null,
                                                "Layout",
                                                "",
                                                List.of(level("Poor", "0"), level("Good", "5"), level("Great", "10"))),
                                        new RubricForm.Criterion(
                                                null,
                                                "Code",
                                                "",
                                                List.of(
                                                        level("Poor", "0"),
                                                        level("Good", "10"),
                                                        level("Great", "20")))))));
        fixtures.setAssignment(room, room.assignmentId(), "rubric_id = ?, points = 60", rubricId);
        return as(room, room.instructor(), () -> rubrics.rubric(rubricId).spec());
    }

    private static RubricForm.Level level(String title, String points) {
        return new RubricForm.Level(null, title, "", new BigDecimal(points));
    }

    private static Map<String, String> click(RubricSpec rubric, int layoutLevel, int codeLevel) {
        return Map.of(
                rubric.criteria().get(0).id(),
                        rubric.criteria().get(0).levels().get(layoutLevel).id(),
                rubric.criteria().get(1).id(),
                        rubric.criteria().get(1).levels().get(codeLevel).id());
    }

    private long handIn(GradingFixtures.Classroom room, int student, String text, Instant at) {
        as(room, room.student(student), () -> submissions.submitAt(room.courseId(), room.moduleId(), text, null, at));
        return jdbc.queryForObject(
                "select id from " + room.org().schema() + ".submission where user_id = ?",
                Long.class,
                room.student(student).id());
    }

    private Grading.Sheet open(GradingFixtures.Classroom room, long submission) {
        return as(
                room,
                room.instructor(),
                () -> grading.open(room.courseId(), room.moduleId(), submission, Grading.QueueFilter.ALL));
    }

    private long save(GradingFixtures.Classroom room, long submission, Grading.GradeInput input) {
        return as(room, room.instructor(), () -> grading.save(room.courseId(), room.moduleId(), submission, input));
    }

    private static Grading.GradeInput levels(Map<String, String> levels, long version) {
        return new Grading.GradeInput(levels, null, null, "", "", null, version);
    }

    @Test
    void rubric_clicks_score_in_the_assignments_points_less_the_late_penalty_and_an_override_needs_a_reason() {
        var room = classroom("grade-math", 2);
        RubricSpec rubric = rubric(room);
        fixtures.setAssignment(
                room,
                room.assignmentId(),
                "due_at = ?, late_policy = 'PENALTY', late_penalty_per_day = 10",
                Timestamp.from(NOW.minus(Duration.ofDays(5))));
        long onTime = handIn(room, 0, "Early.", NOW.minus(Duration.ofDays(6)));
        // Two days and one second after the due date: three started days, 30 % off.
        long late = handIn(room, 1, "Late.", NOW.minus(Duration.ofDays(3)).plusSeconds(1));

        // Good (5) + Great (20) = 25 of 30 → 50 of 60 points.
        save(room, onTime, levels(click(rubric, 1, 2), Grading.NO_GRADE));
        assertThat(open(room, onTime).points()).isEqualByComparingTo("50");

        Grading.Sheet lateSheet = open(room, late);
        assertThat(lateSheet.daysLate()).isEqualTo(3);
        assertThat(lateSheet.penaltyPercent()).isEqualByComparingTo("30");
        save(room, late, levels(click(rubric, 2, 2), Grading.NO_GRADE));
        assertThat(open(room, late).points()).isEqualByComparingTo("42"); // 60 less 30 %

        long version = open(room, late).gradeVersion();
        assertThatThrownBy(() -> save(
                        room,
                        late,
                        new Grading.GradeInput(
                                click(rubric, 2, 2), null, new BigDecimal("55"), " ", "", null, version)))
                .isInstanceOf(GradingRefusedException.class)
                .hasMessage("Give a reason for the points override: the learner's grade history keeps it.");
        assertThatThrownBy(() -> save(
                        room,
                        late,
                        new Grading.GradeInput(Map.of(), null, new BigDecimal("61"), "Bonus", "", null, version)))
                .isInstanceOf(GradingRefusedException.class)
                .hasMessage("Points must be between 0 and 60.");
        assertThat(open(room, late).points()).isEqualByComparingTo("42");

        save(
                room,
                late,
                new Grading.GradeInput(
                        click(rubric, 2, 2), null, new BigDecimal("55"), "Illness, documented", "", null, version));
        Grading.Sheet overridden = open(room, late);
        assertThat(overridden.points()).isEqualByComparingTo("55"); // the override takes no penalty
        assertThat(overridden.overrideReason()).isEqualTo("Illness, documented");

        // Every change is in the cell's history, in percent of the points: – → 70 % → 91.67 %.
        var changes = TenantContext.callAs(
                room.org(),
                () -> transaction.execute(
                        status -> history.of(room.moduleId(), room.student(1).id())));
        assertThat(changes)
                .extracting(entry -> entry.newValue().stripTrailingZeros().toPlainString())
                .containsExactly("91.67", "70");
        assertThat(changes.getFirst().reason()).isEqualTo("Illness, documented");
        assertThat(changes.getLast().oldValue()).isNull();
    }

    @Test
    void the_queue_puts_work_to_grade_first_and_filters_by_cohort_late_and_status() {
        var room = classroom("grade-queue", 3);
        fixtures.setAssignment(room, room.assignmentId(), "due_at = ?", Timestamp.from(NOW.minus(Duration.ofDays(1))));
        long first = handIn(room, 0, "One.", NOW.minus(Duration.ofDays(3)));
        long second = handIn(room, 1, "Two.", NOW.minus(Duration.ofDays(2)));
        long third = handIn(room, 2, "Three, late.", NOW.minus(Duration.ofHours(2)));
        long spring = as(room, room.instructor(), () -> {
            var cohort = cohorts.create(room.courseId(), new CohortForm("Spring", null, ""));
            cohorts.addMembers(
                    cohort.id(),
                    cohorts.learners(room.courseId(), PageRequest.of(0, 10)).stream()
                            .filter(member -> member.userId() != room.student(0).id())
                            .map(CohortService.CohortMember::enrollmentId)
                            .toList());
            return cohort.id();
        });
        save(room, first, new Grading.GradeInput(Map.of(), new BigDecimal("80"), null, "", "", null, Grading.NO_GRADE));

        List<Grading.QueueEntry> all = as(
                room,
                room.instructor(),
                () -> grading.queue(room.courseId(), room.moduleId(), Grading.QueueFilter.ALL, 0, 10));
        assertThat(all).extracting(Grading.QueueEntry::submissionId).containsExactly(second, third, first);
        assertThat(all)
                .extracting(Grading.QueueEntry::status)
                .containsExactly(
                        Grading.QueueStatus.TO_GRADE, Grading.QueueStatus.TO_GRADE, Grading.QueueStatus.GRADED);
        assertThat(all.get(1).late()).isTrue();
        assertThat(all.get(1).cohort()).isEqualTo("Spring");

        as(room, room.instructor(), () -> {
            assertThat(grading.queue(
                            room.courseId(), room.moduleId(), new Grading.QueueFilter(spring, false, null), 0, 10))
                    .extracting(Grading.QueueEntry::submissionId)
                    .containsExactly(second, third);
            assertThat(grading.queue(
                            room.courseId(), room.moduleId(), new Grading.QueueFilter(null, true, null), 0, 10))
                    .extracting(Grading.QueueEntry::submissionId)
                    .containsExactly(third);
            assertThat(grading.count(
                            room.courseId(),
                            room.moduleId(),
                            new Grading.QueueFilter(null, false, Grading.QueueStatus.TO_GRADE)))
                    .isEqualTo(2);
            return null;
        });

        // The sheet knows its neighbours in the filtered queue, and stays in it once graded.
        Grading.Sheet sheet = as(
                room,
                room.instructor(),
                () -> grading.open(
                        room.courseId(),
                        room.moduleId(),
                        first,
                        new Grading.QueueFilter(null, false, Grading.QueueStatus.TO_GRADE)));
        assertThat(sheet.total()).isEqualTo(3);
        assertThat(sheet.previousId()).isEqualTo(third);
        assertThat(sheet.nextId()).isNull();
        Grading.Sheet middle = open(room, third);
        assertThat(middle.previousId()).isEqualTo(second);
        assertThat(middle.nextId()).isEqualTo(first);
        assertThat(middle.position()).isEqualTo(2);
        assertThat(middle.textHtml()).contains("Three, late.");
    }

    @Test
    void anonymous_grading_hides_names_until_the_grade_is_released_and_release_completes_a_passed_assignment() {
        var room = classroom("grade-anon", 2);
        fixtures.setAssignment(room, room.assignmentId(), "anonymous = true, passing_percent = 60");
        long first = handIn(room, 0, "Mine.", NOW.minus(Duration.ofHours(3)));
        long second = handIn(room, 1, "Also mine.", NOW.minus(Duration.ofHours(2)));

        var queue = as(
                room,
                room.instructor(),
                () -> grading.queue(room.courseId(), room.moduleId(), Grading.QueueFilter.ALL, 0, 10));
        assertThat(queue).extracting(Grading.QueueEntry::learner).containsExactly("Student 1", "Student 2");
        assertThat(open(room, second).learner()).isEqualTo("Student 2");
        assertThat(open(room, second).anonymous()).isTrue();

        save(
                room,
                first,
                new Grading.GradeInput(Map.of(), new BigDecimal("75"), null, "", "Well done", null, Grading.NO_GRADE));
        save(
                room,
                second,
                new Grading.GradeInput(Map.of(), new BigDecimal("40"), null, "", "", null, Grading.NO_GRADE));
        // Nothing shows to the learner before release, nor is the module complete.
        as(room, room.student(0), () -> {
            assertThat(submissions.mine(room.courseId(), room.moduleId()).grade())
                    .isNull();
            assertThat(progress.completedModules(room.courseId())).doesNotContain(room.moduleId());
            return null;
        });

        as(room, room.instructor(), () -> {
            grading.release(room.courseId(), room.moduleId(), first);
            return null;
        });
        assertThat(open(room, first).learner()).isEqualTo("User s1@example.com");
        assertThat(open(room, second).learner()).isEqualTo("Student 2");
        as(room, room.student(0), () -> {
            var grade = submissions.mine(room.courseId(), room.moduleId()).grade();
            assertThat(grade).isNotNull();
            assertThat(grade.points()).isEqualByComparingTo("75");
            assertThat(grade.feedbackHtml()).contains("Well done");
            assertThat(progress.completedModules(room.courseId())).contains(room.moduleId());
            return null;
        });

        int released = as(room, room.instructor(), () -> grading.releaseAll(room.courseId(), room.moduleId()));
        assertThat(released).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + room.org().schema() + ".audit_event where action = 'grade.released'",
                        Integer.class))
                .isEqualTo(2);
        // 40 of 100 is below passing: released, but the module is not complete.
        as(room, room.student(1), () -> {
            assertThat(submissions.mine(room.courseId(), room.moduleId()).grade())
                    .isNotNull();
            assertThat(progress.completedModules(room.courseId())).doesNotContain(room.moduleId());
            return null;
        });
    }

    @Test
    void a_resubmission_after_release_waits_in_the_queue_and_its_regrade_is_released_at_once() {
        var room = classroom("grade-regrade", 1);
        long submission = handIn(room, 0, "First.", NOW.minus(Duration.ofHours(3)));
        save(
                room,
                submission,
                new Grading.GradeInput(Map.of(), new BigDecimal("50"), null, "", "", null, Grading.NO_GRADE));
        as(room, room.instructor(), () -> {
            grading.release(room.courseId(), room.moduleId(), submission);
            return null;
        });
        // At the real time (after the grade), as a learner would.
        as(room, room.student(0), () -> submissions.submit(room.courseId(), room.moduleId(), "Second, better.", null));

        Grading.Sheet again = open(room, submission);
        assertThat(again.regradeNeeded()).isTrue();
        assertThat(again.versionNumber()).isEqualTo(2);
        assertThat(as(
                        room,
                        room.instructor(),
                        () -> grading.count(
                                room.courseId(),
                                room.moduleId(),
                                new Grading.QueueFilter(null, false, Grading.QueueStatus.TO_GRADE))))
                .isOne();
        // The learner still sees the released grade, as for the earlier version.
        as(room, room.student(0), () -> {
            assertThat(submissions
                            .mine(room.courseId(), room.moduleId())
                            .grade()
                            .earlierVersion())
                    .isTrue();
            return null;
        });

        save(
                room,
                submission,
                new Grading.GradeInput(Map.of(), new BigDecimal("90"), null, "", "", null, again.gradeVersion()));
        assertThat(open(room, submission).status()).isEqualTo(Grading.QueueStatus.RELEASED);
        assertThat(as(
                        room,
                        room.instructor(),
                        () -> grading.queue(room.courseId(), room.moduleId(), Grading.QueueFilter.ALL, 0, 10)))
                .extracting(Grading.QueueEntry::status)
                .containsExactly(Grading.QueueStatus.RELEASED);
        as(room, room.student(0), () -> {
            var grade = submissions.mine(room.courseId(), room.moduleId()).grade();
            assertThat(grade.points()).isEqualByComparingTo("90");
            assertThat(grade.earlierVersion()).isFalse();
            return null;
        });
    }

    @Test
    void a_release_publishes_grade_released() {
        var room = classroom("grade-event", 1);
        long submission = handIn(room, 0, "Work.", NOW.minus(Duration.ofHours(1)));
        save(
                room,
                submission,
                new Grading.GradeInput(Map.of(), new BigDecimal("90"), null, "", "", null, Grading.NO_GRADE));
        as(room, room.instructor(), () -> {
            grading.release(room.courseId(), room.moduleId(), submission);
            return null;
        });
        assertThat(events.stream(GradeReleased.class)
                        .filter(event -> event.submissionId() == submission
                                && event.userId() == room.student(0).id()))
                .hasSize(1);
    }

    @Test
    void a_save_against_a_grade_another_instructor_changed_meanwhile_is_refused_naming_them_and_keeps_theirs() {
        var room = classroom("grade-lock", 1);
        organizations.addUser(room.org(), "second@example.com", GradingFixtures.PASSWORD, Role.INSTRUCTOR);
        LyceumUser other = organizations.principal(room.org(), "second@example.com");
        as(
                room,
                organizations.principal(room.org(), TestOrganizations.ADMIN_EMAIL),
                () -> courses.assignInstructors(room.courseId(), java.util.Set.of(other.id())));
        long submission = handIn(room, 0, "Work.", NOW.minus(Duration.ofHours(1)));
        long opened = open(room, submission).gradeVersion();

        as(
                room,
                other,
                () -> grading.save(
                        room.courseId(),
                        room.moduleId(),
                        submission,
                        new Grading.GradeInput(Map.of(), new BigDecimal("70"), null, "", "Theirs", null, opened)));
        assertThatThrownBy(() -> save(
                        room,
                        submission,
                        new Grading.GradeInput(Map.of(), new BigDecimal("90"), null, "", "Mine", null, opened)))
                .isInstanceOf(GradeConflictException.class)
                .hasMessageStartingWith("User second@example.com saved this grade meanwhile.");
        Grading.Sheet now = open(room, submission);
        assertThat(now.points()).isEqualByComparingTo("70");
        assertThat(now.feedback()).isEqualTo("Theirs");
        // With the version now shown, the save goes through.
        save(
                room,
                submission,
                new Grading.GradeInput(Map.of(), new BigDecimal("90"), null, "", "Mine", null, now.gradeVersion()));
        assertThat(open(room, submission).points()).isEqualByComparingTo("90");
    }

    @Test
    void other_organizations_other_courses_and_students_find_no_submission() {
        var acme = classroom("grade-iso-a", 1);
        var globex = classroom("grade-iso-b", 3);
        long acmeWork = handIn(acme, 0, "Acme work.", NOW.minus(Duration.ofHours(1)));
        handIn(globex, 0, "Globex work.", NOW.minus(Duration.ofHours(1)));
        handIn(globex, 1, "Globex work.", NOW.minus(Duration.ofHours(1)));
        // Ids count per organization: globex's third submission has an id acme has never given out.
        long globexWork = handIn(globex, 2, "Globex work.", NOW.minus(Duration.ofHours(1)));
        assertThat(globexWork).isNotEqualTo(acmeWork);

        // Another organization's submission id, through this organization's own course and module.
        assertThatThrownBy(() -> as(
                        acme,
                        acme.instructor(),
                        () -> grading.open(acme.courseId(), acme.moduleId(), globexWork, Grading.QueueFilter.ALL)))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> save(
                        acme,
                        globexWork,
                        new Grading.GradeInput(Map.of(), BigDecimal.TEN, null, "", "", null, Grading.NO_GRADE)))
                .isInstanceOf(NoSuchItemException.class);
        // An instructor who does not teach the course.
        organizations.addUser(acme.org(), "elsewhere@example.com", GradingFixtures.PASSWORD, Role.INSTRUCTOR);
        LyceumUser elsewhere = organizations.principal(acme.org(), "elsewhere@example.com");
        long ownCourse = as(acme, elsewhere, () -> courses.create(new CourseForm("Own course", "", null, null)));
        long ownModule =
                as(acme, elsewhere, () -> courses.addModule(ownCourse, ModuleForm.assignment("Own", "Do it.")));
        assertThatThrownBy(() -> as(
                        acme,
                        elsewhere,
                        () -> grading.open(acme.courseId(), acme.moduleId(), acmeWork, Grading.QueueFilter.ALL)))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> as(
                        acme, elsewhere, () -> grading.open(ownCourse, ownModule, acmeWork, Grading.QueueFilter.ALL)))
                .isInstanceOf(NoSuchItemException.class);
        // A student, even their own work.
        assertThatThrownBy(() -> as(
                        acme,
                        acme.student(0),
                        () -> grading.queue(acme.courseId(), acme.moduleId(), Grading.QueueFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from " + globex.org().schema() + ".grade", Integer.class))
                .isZero();
        assertThat(open(globex, globexWork).textHtml()).contains("Globex work.");
    }
}
