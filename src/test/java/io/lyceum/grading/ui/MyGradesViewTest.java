package io.lyceum.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A learner's grades page: released grades with points of the item's points, never an unreleased one. */
class MyGradesViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_learner_sees_released_grades_with_points_and_the_total_but_not_an_unreleased_grade() {
        Tenant org = organizations.create("mygrades");
        organizations.addUser(org, "teacher@example.com", "grade-them-fairly-7", Role.INSTRUCTOR);
        organizations.addUser(org, "ann@example.com", "grade-them-fairly-7", Role.STUDENT);
        var teacher = organizations.principal(org, "teacher@example.com");
        var ann = organizations.principal(org, "ann@example.com");
        long[] modules = TenantContext.callAs(org, () -> {
            TestOrganizations.signIn(teacher);
            long course = courses.create(new CourseForm("Web development", "", null, null));
            long essay = courses.addModule(
                    course, ModuleForm.assignment("Essay", "Write.").withPublished(true));
            long project = courses.addModule(
                    course, ModuleForm.assignment("Project", "Build.").withPublished(true));
            courses.publish(course);
            enrollments.enroll(ann.id(), course);
            return new long[] {essay, project};
        });
        String schema = org.schema();
        jdbc.update("update " + schema + ".assignment set points = 50 where module_id = ?", modules[0]);
        for (int i = 0; i < 2; i++) {
            long assignment = jdbc.queryForObject(
                    "select id from " + schema + ".assignment where module_id = ?", Long.class, modules[i]);
            long submission = jdbc.queryForObject(
                    "insert into " + schema + ".submission (assignment_id, user_id, status, submitted_at)"
                            + " values (?, ?, 'GRADED', now()) returning id",
                    Long.class,
                    assignment,
                    ann.id());
            jdbc.update(
                    "insert into " + schema + ".grade (submission_id, points, graded_at, released_at)"
                            + " values (?, ?, now(), ?)",
                    submission,
                    new BigDecimal(i == 0 ? "42" : "13.37"),
                    i == 0 ? Timestamp.from(Instant.now()) : null);
        }
        openOn(org);
        signIn("ann@example.com");
        navigate("learn/grades");
        String page = _get(MyGradesView.class).courses.getElement().getTextRecursively();
        assertThat(page)
                .contains("Web development", "Essay", "42 / 50 (84 %)", "Total so far", "84 % · B")
                // The unreleased grade (13.37 of 50, 26.74 %) shows nowhere; digits a date cannot hold.
                .doesNotContain("13.37", "13,37", "26.74", "26,74", "27 %");
    }
}
