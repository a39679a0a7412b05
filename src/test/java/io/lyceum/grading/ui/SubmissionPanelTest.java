package io.lyceum.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A student hands in text and a file in the course player, resubmits (both versions kept), sees
 * nothing of a grade until it is released, then the points, the rubric with the level given, and
 * the feedback.
 */
class SubmissionPanelTest extends KaribuTest {

    private static final String RUBRIC = """
            {"criteria":[{"id":"layout","title":"Layout","description":"","levels":[
              {"id":"weak","title":"Cluttered","description":"","points":2},
              {"id":"strong","title":"Clean grid","description":"Aligned throughout","points":8}]}]}""";

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    JdbcTemplate jdbc;

    Tenant org;
    long course;
    long module;
    String schema;

    @BeforeEach
    void assignment() {
        org = organizations.create("submitpanel");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        long learner = organizations.principal(org, "learner@example.com").id();
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Web development", "", null, null));
        module = courses.addModule(
                course,
                ModuleForm.assignment("Build a landing page", "Hand in **one** page.")
                        .withPublished(true));
        courses.publish(course);
        enrollments.enroll(learner, course);
        schema = org.schema();
        jdbc.update("update " + schema + ".assignment set points = 10, resubmissions = 2 where module_id = ?", module);
        openOn(org);
        signIn("learner@example.com");
    }

    private SubmissionPanel open() {
        navigate("learn/courses/" + course + "/play/" + module);
        return _get(SubmissionPanel.class);
    }

    @Test
    void a_student_submits_resubmits_and_sees_the_grade_only_once_released() {
        var panel = open();
        assertThat(panel.status.getText()).isEqualTo("Not started");
        assertThat(panel.submit.getText()).isEqualTo("Submit");
        assertThat(panel.text.getLabel()).isEqualTo("Your answer");
        // An assignment completes by its work, never by a click.
        _assertNone(Button.class, spec -> spec.withText("Mark as done"));

        // The draft is kept while typing: a fresh page shows it.
        _setValue(panel.text, "My page is **bold**.");
        panel = open();
        assertThat(panel.text.getValue()).isEqualTo("My page is **bold**.");
        assertThat(panel.status.getText()).isEqualTo("Draft");

        byte[] pdf = ("%PDF-1.7\n" + " ".repeat(200)).getBytes(StandardCharsets.US_ASCII);
        panel.received("page.pdf", new ByteArrayInputStream(pdf));
        assertThat(panel.chosenFile.getText()).isEqualTo("File to hand in: page.pdf");
        _click(panel.submit);
        assertThat(panel.status.getText()).isEqualTo("Submitted");
        assertThat(panel.submit.getText()).isEqualTo("Resubmit");
        assertThat(text(panel)).contains("Version 1").contains("on time").contains("2 resubmissions left.");
        assertThat(_get(panel.versions, Anchor.class).getText()).isEqualTo("page.pdf");

        _setValue(panel.text, "My page, better.");
        _click(panel.submit);
        var confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Hand in a new version?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(text(panel)).contains("Version 2").contains("Version 1").contains("1 resubmission left.");
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".submission_version", Integer.class))
                .isEqualTo(2);

        // Graded, not released: exactly what the student saw before.
        long submission = jdbc.queryForObject("select id from " + schema + ".submission", Long.class);
        jdbc.update(
                "insert into " + schema + ".rubric (course_id, title, spec, created_at) values (?, 'Pages', ?, now())",
                course,
                RUBRIC);
        jdbc.update(
                "update " + schema + ".assignment set rubric_id = (select max(id) from " + schema
                        + ".rubric) where module_id = ?",
                module);
        jdbc.update(
                "insert into " + schema
                        + ".grade (submission_id, rubric_levels, raw_points, points, feedback, graded_at)"
                        + " values (?, '{\"layout\":\"strong\"}', 8, 8, 'Nice **grid**.', now())",
                submission);
        jdbc.update("update " + schema + ".submission set status = 'GRADED' where id = ?", submission);
        panel = open();
        assertThat(panel.status.getText()).isEqualTo("Submitted");
        assertThat(panel.grade.getChildren()).isEmpty();
        assertThat(text(panel))
                .doesNotContain("8 of 10")
                .doesNotContain("Clean grid")
                .doesNotContain("Nice");

        jdbc.update("update " + schema + ".grade set released_at = now()");
        jdbc.update("update " + schema + ".submission set status = 'RETURNED' where id = ?", submission);
        panel = open();
        assertThat(panel.status.getText()).isEqualTo("Graded");
        assertThat(text(panel.grade))
                .contains("8 of 10 points")
                .contains("Layout")
                .contains("Cluttered (2 points)")
                .contains("Clean grid (8 points)")
                .contains("Your level");
        assertThat(panel.grade.getElement().toString()).contains("Nice <strong>grid</strong>.");
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
