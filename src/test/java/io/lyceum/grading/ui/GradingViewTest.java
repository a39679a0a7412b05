package io.lyceum.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.grading.Grading;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grading view: an instructor grades three learners with rubric clicks and keys, moving on
 * without a page load (the very same view instance), the queue following; a late submission shows
 * its penalty; an override asks for its reason; release shows in the queue.
 */
class GradingViewTest extends KaribuTest {

    // Two criteria, best 10 + 20 = 30 points; the assignment is worth 30.
    private static final String RUBRIC = """
            {"criteria":[
              {"id":"layout","title":"Layout","description":"","levels":[
                {"id":"l0","title":"Cluttered","description":"","points":0},
                {"id":"l1","title":"Tidy","description":"","points":5},
                {"id":"l2","title":"Clean grid","description":"Aligned throughout","points":10}]},
              {"id":"code","title":"Code","description":"","levels":[
                {"id":"c0","title":"Broken","description":"","points":0},
                {"id":"c1","title":"Works","description":"","points":10},
                {"id":"c2","title":"Idiomatic","description":"","points":20}]}]}""";

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    JdbcTemplate jdbc;

    Tenant org;
    long course;
    long module;
    long lesson;
    String schema;
    final List<Long> submissions = new ArrayList<>();

    @BeforeEach
    void threeSubmissions() {
        org = organizations.create("gradeview");
        organizations.addUser(org, "teacher@example.com", "grade-them-fairly-7", Role.INSTRUCTOR);
        var students = new ArrayList<Long>();
        for (String name : List.of("ann", "bob", "cy")) {
            organizations.addUser(org, name + "@example.com", "grade-them-fairly-7", Role.STUDENT);
            students.add(organizations.principal(org, name + "@example.com").id());
        }
        TenantContext.runAs(org, () -> {
            TestOrganizations.signIn(organizations.principal(org, "teacher@example.com"));
            course = courses.create(new CourseForm("Web development", "", null, null));
            lesson = courses.addModule(
                    course, ModuleForm.text("Welcome", "Hello").withPublished(true));
            module = courses.addModule(
                    course,
                    ModuleForm.assignment("Build a landing page", "Hand in one page.")
                            .withPublished(true));
            courses.publish(course);
            students.forEach(student -> enrollments.enroll(student, course));
        });
        schema = org.schema();
        long rubric = jdbc.queryForObject(
                "insert into " + schema + ".rubric (course_id, title, spec, created_at) values (?, 'Page', ?, now())"
                        + " returning id",
                Long.class,
                course,
                RUBRIC);
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
        jdbc.update(
                "update " + schema + ".assignment set rubric_id = ?, points = 30, due_at = ?, late_policy = 'PENALTY',"
                        + " late_penalty_per_day = 10 where module_id = ?",
                rubric,
                Timestamp.from(due),
                module);
        long assignment =
                jdbc.queryForObject("select id from " + schema + ".assignment where module_id = ?", Long.class, module);
        // Ann and Bob on time, Cy two days late.
        submissions.add(handIn(assignment, students.get(0), "Ann's page", due.minus(Duration.ofDays(2)), 0));
        submissions.add(handIn(assignment, students.get(1), "Bob's page", due.minus(Duration.ofDays(1)), 0));
        submissions.add(handIn(assignment, students.get(2), "Cy's **page**", due.plus(Duration.ofHours(30)), 2));
        openOn(org);
        signIn("teacher@example.com");
    }

    private long handIn(long assignment, long user, String text, Instant at, int daysLate) {
        long submission = jdbc.queryForObject(
                "insert into " + schema + ".submission (assignment_id, user_id, status, submitted_at, late)"
                        + " values (?, ?, 'SUBMITTED', ?, ?) returning id",
                Long.class,
                assignment,
                user,
                Timestamp.from(at),
                daysLate > 0);
        jdbc.update(
                "insert into " + schema
                        + ".submission_version (submission_id, number, text, submitted_at, late, days_late)"
                        + " values (?, 1, ?, ?, ?, ?)",
                submission,
                text,
                Timestamp.from(at),
                daysLate > 0,
                daysLate);
        return submission;
    }

    private GradingView open() {
        navigate("teach/courses/" + course + "/grading/" + module);
        return _get(GradingView.class);
    }

    private static void click(Button button) {
        button.click();
    }

    private BigDecimal points(long submission) {
        return jdbc.queryForObject(
                "select points from " + schema + ".grade where submission_id = ?", BigDecimal.class, submission);
    }

    @Test
    void three_learners_are_graded_with_rubric_clicks_and_keys_moving_on_without_a_page_load() {
        GradingView view = open();
        assertThat(GridKt._size(view.queue)).isEqualTo(3);
        assertThat(view.sheet.learner.getText()).isEqualTo("User ann@example.com");
        assertThat(view.sheet.position.getText()).isEqualTo("1 of 3");

        // Ann: Clean grid (10) + Idiomatic (20) by clicks: 30 of 30, saved on the click.
        click(view.sheet.levelButtons.get("layout").get("l2"));
        click(view.sheet.levelButtons.get("code").get("c2"));
        assertThat(view.sheet.score.getText()).isEqualTo("30 of 30 points");
        assertThat(points(submissions.get(0))).isEqualByComparingTo("30");
        assertThat(view.sheet.levelButtons.get("code").get("c2").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        // j: Bob, in the same view; typed feedback is saved as it is typed.
        view.key("j");
        assertThat(_get(GradingView.class)).isSameAs(view);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isSameAs(view);
        assertThat(view.sheet.learner.getText()).isEqualTo("User bob@example.com");
        // Keys 2 and 2: Tidy (5) for the highlighted Layout, then Works (10) for Code.
        view.key("2");
        view.key("2");
        assertThat(points(submissions.get(1))).isEqualByComparingTo("15");
        _setValue(view.sheet.feedback, "Good start.");
        assertThat(jdbc.queryForObject(
                        "select feedback from " + schema + ".grade where submission_id = ?",
                        String.class,
                        submissions.get(1)))
                .isEqualTo("Good start.");

        // Next: Cy, late by two days, loses 20 %: 30 → 24.
        click(view.sheet.next);
        assertThat(view.sheet.learner.getText()).isEqualTo("User cy@example.com");
        assertThat(view.sheet.meta.getText()).contains("2 days late").contains("late penalty 20 %");
        assertThat(view.sheet.work.getElement().getChild(0).getProperty("innerHTML"))
                .contains("<strong>page</strong>");
        view.key("3");
        view.key("3");
        assertThat(view.sheet.score.getText()).isEqualTo("30 of 30 points, less 20 % late penalty: 24");
        assertThat(points(submissions.get(2))).isEqualByComparingTo("24");

        // The queue follows: all three graded now, nothing to grade first.
        assertThat(GridKt._size(view.queue)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.queue, 0).get(1)).isEqualTo("Graded");

        // k goes back the way the grader came: Bob, with his feedback.
        view.key("k");
        assertThat(view.sheet.learner.getText()).isEqualTo("User bob@example.com");
        assertThat(view.sheet.feedback.getValue()).isEqualTo("Good start.");
        view.key("k");
        assertThat(view.sheet.learner.getText()).isEqualTo("User ann@example.com");

        // Text typed for Bob that reaches the server after the grader moved on to Ann is not hers.
        view.typed(Long.toString(submissions.get(1)), "Late text for Bob");
        assertThat(view.sheet.feedback.getValue()).isEmpty();
        assertThat(feedbackOf(submissions.get(0))).isEmpty();
        // Ctrl+Enter sends the text as typed on the sheet shown, and saves it.
        view.pressed("save", Long.toString(submissions.get(0)), "Ann: great work.");
        assertThat(feedbackOf(submissions.get(0))).isEqualTo("Ann: great work.");
    }

    private String feedbackOf(long submission) {
        return jdbc.queryForObject(
                "select feedback from " + schema + ".grade where submission_id = ?", String.class, submission);
    }

    @Test
    void an_override_needs_a_reason_and_a_released_grade_shows_in_the_queue() {
        GradingView view = open();
        _setValue(view.sheet.override, new BigDecimal("25"));
        assertThat(view.sheet.overrideReason.isInvalid()).isTrue();
        assertThat(view.sheet.saveState.getText()).isEqualTo("Not saved: give a reason for the override.");
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".grade", Integer.class))
                .isZero();

        _setValue(view.sheet.overrideReason, "Extra credit for the accessibility audit");
        assertThat(points(submissions.get(0))).isEqualByComparingTo("25");
        assertThat(view.sheet.score.getText()).isEqualTo("25 of 30 points (override)");

        click(view.sheet.release);
        assertThat(view.sheet.status.getText()).isEqualTo("Released");
        view.status.setValue(java.util.Optional.of(Grading.QueueStatus.RELEASED));
        assertThat(GridKt._size(view.queue)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.queue, 0).getFirst()).isEqualTo("User ann@example.com");
    }

    @Test
    void a_lesson_module_shows_the_courses_assignments_and_another_courses_submission_is_not_opened() {
        navigate("teach/courses/" + course + "/grading/" + lesson);
        GradingView view = _get(GradingView.class);
        assertThat(GridKt._size(view.assignments)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.assignments, 0))
                .containsExactly("RouterLink[text='Build a landing page']", "3", "0", "0");

        // A submission id typed into the address that is not this assignment's opens the first in the queue.
        navigate("teach/courses/" + course + "/grading/" + module + "?submission=999999");
        view = _get(GradingView.class);
        assertThat(view.sheet.learner.getText()).isEqualTo("User ann@example.com");
        // Filters start afresh when the view opens an assignment again.
        view.lateOnly.setValue(true);
        assertThat(GridKt._size(view.queue)).isEqualTo(1);
        // One of this assignment's, by address: that learner.
        navigate("teach/courses/" + course + "/grading/" + module + "?submission=" + submissions.get(2));
        assertThat(_get(GradingView.class).sheet.learner.getText()).isEqualTo("User cy@example.com");
        assertThat(_get(GradingView.class).lateOnly.getValue()).isFalse();
        assertThat(GridKt._size(_get(GradingView.class).queue)).isEqualTo(3);
    }
}
