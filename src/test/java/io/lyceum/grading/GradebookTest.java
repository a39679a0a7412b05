package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The gradebook's totals, overrides with their history, the learner's own page, CSV and isolation. */
@LyceumIntegrationTest
class GradebookTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Gradebook gradebook;

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** A course of three assignments (the second worth 50 points) and two quizzes, in two weighted categories. */
    record Course(
            GradingFixtures.Classroom classroom,
            long a1,
            long a2,
            long a3,
            long q1,
            long q2,
            long assignments,
            long quizzes) {}

    Course course(String prefix, int students) {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var data = new GradebookData(fixtures, courses, jdbc);
        var classroom = fixtures.classroom(prefix, students);
        long a1 = classroom.moduleId();
        long a2 = fixtures.addAssignment(classroom, "Style sheet");
        long a3 = fixtures.addAssignment(classroom, "Accessibility audit");
        fixtures.setAssignment(classroom, fixtures.assignmentId(classroom, a2), "points = 50");
        long q1 = data.addQuiz(classroom, "HTML quiz");
        long q2 = data.addQuiz(classroom, "CSS quiz");
        return TenantContext.callAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            long assignments = gradebook.createCategory(classroom.courseId(), "Assignments", new BigDecimal("60"), 1);
            long quizzes = gradebook.createCategory(classroom.courseId(), "Quizzes", new BigDecimal("40"), 0);
            for (long module : List.of(a1, a2, a3)) {
                gradebook.assign(classroom.courseId(), module, assignments);
            }
            gradebook.assign(classroom.courseId(), q1, quizzes);
            gradebook.assign(classroom.courseId(), q2, quizzes);
            return new Course(classroom, a1, a2, a3, q1, q2, assignments, quizzes);
        });
    }

    GradebookData data() {
        return new GradebookData(new GradingFixtures(organizations, courses, enrollments, jdbc), courses, jdbc);
    }

    @Test
    void the_total_weighs_the_category_means_after_dropping_the_lowest_and_takes_its_letter_from_the_scale() {
        var course = course("gb-totals", 2);
        var classroom = course.classroom();
        var data = data();
        var s1 = classroom.student(0);
        var s2 = classroom.student(1);
        // s1: assignments 80 %, 45/50 = 90 %, 40 % → the lowest (40) dropped → mean 85;
        // quizzes 70 % and the best of 50 and 90 → mean 80; total (85 × 60 + 80 × 40) / 100 = 83 → B.
        data.grade(classroom, course.a1(), s1, "80", NOW);
        data.grade(classroom, course.a2(), s1, "45", null);
        data.grade(classroom, course.a3(), s1, "40", NOW);
        data.attempt(classroom, s1, course.q1(), "70", NOW, false);
        data.attempt(classroom, s1, course.q2(), "50", NOW.minusSeconds(60), false);
        data.attempt(classroom, s1, course.q2(), "90", NOW, true);
        // s2: one assignment (nothing to drop from one grade) and a quiz taken before starting over,
        // which no longer counts: only the assignments category has a grade → total 95 → A.
        data.grade(classroom, course.a1(), s2, "95", NOW);
        data.attempt(classroom, s2, course.q1(), "10", NOW.minus(2, ChronoUnit.DAYS), false);
        jdbc.update(
                "update " + classroom.org().schema() + ".enrollment set restarted_at = ? where user_id = ?",
                java.sql.Timestamp.from(NOW.minus(1, ChronoUnit.DAYS)),
                s2.id());

        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            var rows = gradebook.page(classroom.courseId(), GradebookFilter.ALL, 0, 10);
            assertThat(rows)
                    .extracting(GradebookRow::name)
                    .containsExactly("User s1@example.com", "User s2@example.com");
            var first = rows.getFirst();
            assertThat(first.cell(course.a2()).percent()).isEqualByComparingTo("90");
            assertThat(first.cell(course.a2()).released()).isFalse();
            assertThat(first.cell(course.q2()).percent()).isEqualByComparingTo("90");
            assertThat(first.cell(course.q2()).pendingReview()).isTrue();
            assertThat(first.categoryMeans().get(course.assignments())).isEqualByComparingTo("85");
            assertThat(first.categoryMeans().get(course.quizzes())).isEqualByComparingTo("80");
            assertThat(first.total()).isEqualByComparingTo("83");
            assertThat(first.letter()).isEqualTo("B");
            var second = rows.get(1);
            assertThat(second.cell(course.q1()).percent()).isNull();
            assertThat(second.total()).isEqualByComparingTo("95");
            assertThat(second.letter()).isEqualTo("A");

            gradebook.setLetters(
                    classroom.courseId(),
                    List.of(new GradeLetter("Pass", new BigDecimal("84")), new GradeLetter("Fail", BigDecimal.ZERO)));
            assertThat(gradebook.page(classroom.courseId(), GradebookFilter.ALL, 0, 10))
                    .extracting(GradebookRow::letter)
                    .containsExactly("Fail", "Pass");
            // Without categories every graded item counts alike: (80 + 90 + 40 + 70 + 90) / 5 = 74.
            gradebook.deleteCategory(course.assignments());
            gradebook.deleteCategory(course.quizzes());
            assertThat(gradebook
                            .page(classroom.courseId(), GradebookFilter.ALL, 0, 1)
                            .getFirst()
                            .total())
                    .isEqualByComparingTo("74");
        });
    }

    @Test
    void an_override_needs_a_reason_is_kept_in_the_history_and_audit_log_and_a_stale_version_is_refused() {
        var course = course("gb-override", 1);
        var classroom = course.classroom();
        var student = classroom.student(0);
        data().grade(classroom, course.a1(), student, "70", NOW);
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            assertThatThrownBy(() -> gradebook.override(
                            classroom.courseId(), course.a1(), student.id(), 0, new BigDecimal("85"), "  "))
                    .isInstanceOf(GradebookRefusedException.class)
                    .hasMessageContaining("Say why");
            var cell = gradebook.override(
                    classroom.courseId(), course.a1(), student.id(), 0, new BigDecimal("85"), "Appeal upheld");
            assertThat(cell.percent()).isEqualByComparingTo("85");
            assertThat(cell.overridden()).isTrue();
            // A second instructor saves against the version read before the first change: refused.
            assertThatThrownBy(() -> gradebook.override(
                            classroom.courseId(), course.a1(), student.id(), 0, new BigDecimal("60"), "Typo"))
                    .isInstanceOf(GradebookRefusedException.class)
                    .hasMessageContaining("Someone else changed this grade meanwhile")
                    .matches(e -> ((GradebookRefusedException) e).conflict());
            assertThat(gradebook
                            .cell(classroom.courseId(), course.a1(), student.id())
                            .percent())
                    .isEqualByComparingTo("85");
            // Lifting the override: the assignment's own grade counts again.
            var lifted = gradebook.override(
                    classroom.courseId(), course.a1(), student.id(), cell.version(), null, "Back to the graded work");
            assertThat(lifted.percent()).isEqualByComparingTo("70");
            assertThat(lifted.overridden()).isFalse();

            var history = gradebook.history(course.a1(), student.id());
            assertThat(history)
                    .extracting(CellChange::reason)
                    .containsExactly("Back to the graded work", "Appeal upheld");
            assertThat(history.getLast().oldValue()).isEqualByComparingTo("70");
            assertThat(history.getLast().newValue()).isEqualByComparingTo("85");
            assertThat(history.getLast().changedBy()).isEqualTo("User " + GradingFixtures.INSTRUCTOR);
            assertThat(history.getLast().source()).isEqualTo("gradebook");
        });
        String schema = classroom.org().schema();
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + schema + ".grade_change where module_id = ? and source = 'GRADEBOOK'",
                        Integer.class,
                        course.a1()))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select detail from " + schema + ".audit_event where action = 'grade.changed' order by id",
                        String.class))
                .hasSize(2)
                .first()
                .asString()
                .contains("70 % → 85 %", "Appeal upheld");
    }

    @Test
    void a_learner_sees_released_grades_only_with_the_totals_they_make() {
        var course = course("gb-mine", 1);
        var classroom = course.classroom();
        var student = classroom.student(0);
        var data = data();
        data.grade(classroom, course.a1(), student, "80", NOW);
        data.grade(classroom, course.a2(), student, "10", null);
        data.attempt(classroom, student, course.q1(), "60", NOW, false);
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            gradebook.override(classroom.courseId(), course.a2(), student.id(), 0, new BigDecimal("5"), "Plagiarism");
            TestOrganizations.signIn(student);
            var all = gradebook.myGrades();
            assertThat(all).extracting(CourseGrades::courseId).containsExactly(classroom.courseId());
            var mine = gradebook.myGrades(classroom.courseId());
            var items = mine.items();
            assertThat(items)
                    .extracting(CourseGrades.Item::title)
                    .containsExactly(
                            "Build a landing page", "Style sheet", "Accessibility audit", "HTML quiz", "CSS quiz");
            assertThat(items.getFirst().percent()).isEqualByComparingTo("80");
            assertThat(items.getFirst().points()).isEqualByComparingTo("80");
            assertThat(items.getFirst().maxPoints()).isEqualByComparingTo("100");
            // Neither the unreleased grade nor the override typed over it.
            assertThat(items.get(1).percent()).isNull();
            assertThat(items.get(3).percent()).isEqualByComparingTo("60");
            // (80 × 60 + 60 × 40) / 100 = 72 → no letter at or below 72 but C (70).
            assertThat(mine.total()).isEqualByComparingTo("72");
            assertThat(mine.letter()).isEqualTo("C");
            assertThatThrownBy(() -> gradebook.page(classroom.courseId(), GradebookFilter.ALL, 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void another_course_s_instructor_another_organization_and_a_made_up_id_find_nothing() {
        var course = course("gb-iso", 1);
        var classroom = course.classroom();
        organizations.addUser(classroom.org(), "other@example.com", GradingFixtures.PASSWORD, Role.INSTRUCTOR);
        var other = organizations.principal(classroom.org(), "other@example.com");
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(other);
            courses.create(new CourseForm("Their own course", "", null, null));
            assertThatThrownBy(() -> gradebook.setup(classroom.courseId())).isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() ->
                            gradebook.history(course.a1(), classroom.student(0).id()))
                    .isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() -> gradebook.deleteCategory(course.assignments()))
                    .isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() -> gradebook.override(
                            classroom.courseId(),
                            course.a1(),
                            classroom.student(0).id(),
                            0,
                            BigDecimal.TEN,
                            "x"))
                    .isInstanceOf(NoSuchItemException.class);
            TestOrganizations.signIn(classroom.instructor());
            assertThatThrownBy(() -> gradebook.setup(999_999)).isInstanceOf(NoSuchItemException.class);
            // A learner of no such course, a module of no such course.
            assertThatThrownBy(() ->
                            gradebook.override(classroom.courseId(), course.a1(), other.id(), 0, BigDecimal.TEN, "x"))
                    .isInstanceOf(NoSuchItemException.class);
        });
        var elsewhere = organizations.create("gb-iso-b");
        organizations.addUser(elsewhere, "teacher-b@example.com", GradingFixtures.PASSWORD, Role.INSTRUCTOR);
        TenantContext.runAs(elsewhere, () -> {
            TestOrganizations.signIn(organizations.principal(elsewhere, TestOrganizations.ADMIN_EMAIL));
            assertThatThrownBy(() -> gradebook.setup(classroom.courseId())).isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() ->
                            gradebook.history(course.a1(), classroom.student(0).id()))
                    .isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() -> gradebook.deleteCategory(course.quizzes()))
                    .isInstanceOf(NoSuchItemException.class);
        });
    }

    @Test
    void the_csv_has_a_line_per_learner_and_defuses_a_name_that_is_a_formula() {
        var course = course("gb-csv", 2);
        var classroom = course.classroom();
        data().grade(classroom, course.a1(), classroom.student(0), "80", NOW);
        jdbc.update(
                "update " + classroom.org().schema() + ".app_user set display_name = ? where id = ?",
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                classroom.student(1).id());
        var out = new ByteArrayOutputStream();
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            gradebook.exportCsv(
                    classroom.courseId(),
                    GradebookFilter.ALL,
                    new Gradebook.CsvLabels("Learner", "Email", "Cohort", "Total", "Letter"),
                    out);
        });
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList())
                .hasSize(3)
                .first()
                .asString()
                .contains("Learner,Email,Cohort,Build a landing page,Style sheet", "Total,Letter");
        assertThat(csv).contains("User s1@example.com,s1@example.com,,80,,,,,80,B");
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                .doesNotContain(",=HYPERLINK");
    }
}
