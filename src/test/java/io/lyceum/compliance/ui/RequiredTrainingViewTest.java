package io.lyceum.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.ui.Badge;
import io.lyceum.compliance.Audience;
import io.lyceum.identity.Role;
import io.lyceum.reporting.ReportData;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin requires a course of the students; a student sees "Required — due in 5 days" on My learning. */
class RequiredTrainingViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    Tenant acme;
    long course;

    @BeforeEach
    void organization() {
        acme = organizations.create("acme");
        var data = new ReportData(jdbc, acme);
        course = data.course("Fire safety");
        data.module(course);
        organizations.addUser(acme, "student@example.com", "quiet-river-2026", Role.STUDENT);
        openOn(acme);
    }

    @Test
    void the_admin_requires_a_course_of_students_who_are_enrolled_and_see_it_due() {
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/required-training");
        var view = _get(RequiredTrainingView.class);
        assertThat(GridKt._size(view.grid)).isZero();
        view.create.click();
        var dialog = _get(TrainingDialog.class);
        dialog.save.click();
        assertThat(dialog.course.isInvalid()).isTrue(); // no course chosen: said next to the field
        _setValue(
                dialog.course,
                dialog.course.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(dialog.audience, Audience.ROLE);
        _setValue(dialog.role, Role.STUDENT);
        _setValue(dialog.dueBy, false);
        _setValue(dialog.dueAfterDays, 5);
        dialog.save.click();

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        var row = GridKt._get(view.grid, 0);
        assertThat(row.courseTitle()).isEqualTo("Fire safety");
        assertThat(row.people()).isEqualTo(1);
        assertThat(view.audience(row)).isEqualTo("Role: Students");
        assertThat(view.due(row)).isEqualTo("5 days after assignment");
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + acme.schema() + "\".enrollment where course_id = ?",
                        Long.class,
                        course))
                .isEqualTo(1);

        TenantContext.set(acme);
        signIn("student@example.com");
        navigate("learn");
        assertThat(_find(Badge.class, spec -> spec.withText("Required — due in 5 days")))
                .hasSize(1);
    }

    @Test
    void an_overdue_course_says_by_how_many_days() {
        long student = jdbc.queryForObject(
                "select id from \"" + acme.schema() + "\".app_user where email = 'student@example.com'", Long.class);
        new ReportData(jdbc, acme).enroll(student, course, Instant.now(), null, "ACTIVE");
        jdbc.update(
                "insert into \"" + acme.schema() + "\".required_training (course_id, audience, due_on, created_at,"
                        + " updated_at) values (?, 'EVERYONE', current_date - 2, now(), now())",
                course);
        signIn("student@example.com");
        navigate("learn");
        assertThat(_find(Badge.class, spec -> spec.withText("Required — overdue by 2 days")))
                .hasSize(1);
    }

    @Test
    void a_student_cannot_open_the_admin_page() {
        signIn("student@example.com");
        navigate("admin/required-training");
        assertThat(currentView()).isNotEqualTo(RequiredTrainingView.class);
    }
}
