package io.lyceum.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseNotFoundException;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@LyceumIntegrationTest
class EnrollmentServiceTest {

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    CourseService courses;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    Tenant org;
    LyceumUser admin;
    LyceumUser student;

    @BeforeEach
    void organization() {
        org = organizations.create("learn");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        admin = organizations.principal(org, TestOrganizations.ADMIN_EMAIL);
        student = organizations.principal(org, "learner@example.com");
        TenantContext.set(org);
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private long[] publishedCourse(int required) {
        return PublishedCourses.create(courses, admin, student, required);
    }

    @Test
    void only_the_courses_staff_may_enroll_someone_else() {
        long course = publishedCourse(1)[0];
        organizations.addUser(org, "other@example.com", "study-hard-44", Role.STUDENT);
        long other = organizations.principal(org, "other@example.com").id();
        assertThatThrownBy(() -> enrollments.enroll(other, course)).isInstanceOf(AccessDeniedException.class);
        organizations.addUser(org, "stranger@example.com", "chalk-board-55", Role.INSTRUCTOR);
        TestOrganizations.signIn(organizations.principal(org, "stranger@example.com"));
        assertThatThrownBy(() -> enrollments.enroll(other, course)).isInstanceOf(CourseNotFoundException.class);
        TestOrganizations.signIn(admin);
        assertThat(enrollments.enroll(other, course).userId()).isEqualTo(other);
    }

    @Test
    void after_the_access_end_nothing_more_is_recorded_and_withdrawing_keeps_history() {
        long[] ids = publishedCourse(2);
        long course = ids[0];
        var enrollment = enrollments.enrollSelf(course);
        progress.complete(course, ids[1]);

        TestOrganizations.signIn(admin);
        enrollments.setAccessEnd(student.id(), course, Instant.now().minusSeconds(60));
        TestOrganizations.signIn(student);
        assertThatThrownBy(() -> progress.complete(course, ids[2]))
                .isInstanceOf(EnrollmentException.class)
                .hasMessage("Your access to this course has ended.");
        assertThat(enrollments.accessEnded(course)).isTrue();

        TestOrganizations.signIn(admin);
        enrollments.setAccessEnd(student.id(), course, null);
        enrollments.withdraw(student.id(), course);
        assertThat(enrollments.count(course)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + org.schema() + "\".module_completion" + " where enrollment_id = ?",
                        Integer.class,
                        enrollment.id()))
                .isEqualTo(1);
        TestOrganizations.signIn(student);
        assertThat(enrollments.mine(course).orElseThrow().status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(enrollments.mine(course).orElseThrow().progress()).isEqualByComparingTo("50");
    }

    @Test
    void enrolling_beyond_the_plans_student_limit_is_refused_with_the_plans_reason() {
        jdbc.update("insert into platform.plan (code, name, monthly_price_cents, max_courses, max_students,"
                + " max_instructors, sort_order) values ('TINY', 'Tiny', 0, 5, 2, 1, 99) on conflict do nothing");
        jdbc.update("insert into platform.plan_plugin (plan_code, plugin_id) values ('TINY', 'courses')"
                + " on conflict do nothing");
        Tenant tiny = organizations.create("tiny", "TINY");
        for (String name : List.of("a", "b", "c")) {
            organizations.addUser(tiny, name + "@example.com", "study-hard-" + name + "9", Role.STUDENT);
        }
        TenantContext.set(tiny);
        TestOrganizations.signIn(organizations.principal(tiny, TestOrganizations.ADMIN_EMAIL));
        long course = courses.create(new CourseForm("Small", "", null, null));
        long other = courses.create(new CourseForm("Also small", "", null, null));
        courses.addModule(course, ModuleForm.text("M", "").withPublished(true));
        courses.addModule(other, ModuleForm.text("M", "").withPublished(true));
        courses.publish(course);
        courses.publish(other);

        long a = organizations.principal(tiny, "a@example.com").id();
        long b = organizations.principal(tiny, "b@example.com").id();
        long c = organizations.principal(tiny, "c@example.com").id();
        enrollments.enroll(a, course);
        enrollments.enroll(b, course);
        // Enrolled students take no new place in a second course.
        enrollments.enroll(a, other);
        assertThatThrownBy(() -> enrollments.enroll(c, course))
                .isInstanceOf(PlanLimitException.class)
                .hasMessage("Your Tiny plan allows 2 students. Upgrade your plan to add more.");
        assertThat(enrollments.count(course)).isEqualTo(2);
    }
}
