package io.lyceum.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.CompletedEvents;
import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

@LyceumIntegrationTest
class LearningProgressTest {

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    CourseService courses;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CompletedEvents completed;

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
    void progress_counts_published_required_modules_and_completing_twice_changes_nothing() {
        long[] ids = publishedCourse(4);
        long course = ids[0];
        var enrollment = enrollments.enrollSelf(course);
        assertThat(enrollments.enrollSelf(course).id()).isEqualTo(enrollment.id());

        assertThat(progress.complete(course, ids[1]).progress()).isEqualByComparingTo("25");
        assertThat(progress.complete(course, ids[1]).progress()).isEqualByComparingTo("25");
        assertThat(progress.complete(course, ids[2]).progress()).isEqualByComparingTo("50");
        assertThat(enrollments.mine(course).orElseThrow().lastModuleId()).isEqualTo(ids[2]);
        assertThat(completed.forEnrollment(org.slug(), enrollment.id())).isEmpty();
    }

    @Test
    void fifty_concurrent_completions_give_exact_progress_and_one_course_completed() throws Exception {
        long[] ids = publishedCourse(50);
        long course = ids[0];
        long enrollment = enrollments.enrollSelf(course).id();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                long module = ids[i];
                done.add(pool.submit(() -> {
                    TenantContext.set(org);
                    TestOrganizations.signIn(student);
                    try {
                        start.await();
                        return progress.complete(course, module);
                    } finally {
                        TenantContext.clear();
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        }
        var result = enrollments.mine(course).orElseThrow();
        assertThat(result.progress()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(result.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(result.completedAt()).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + org.schema() + "\".module_completion" + " where enrollment_id = ?",
                        Integer.class,
                        enrollment))
                .isEqualTo(50);
        assertThat(completed.forEnrollment(org.slug(), enrollment)).hasSize(1);
        assertThat(completed.forEnrollment(org.slug(), enrollment).getFirst().courseId())
                .isEqualTo(course);
    }

    @Test
    void publishing_a_new_required_module_recomputes_but_a_completed_enrollment_stays_completed() {
        long[] ids = publishedCourse(2);
        long course = ids[0];
        organizations.addUser(org, "second@example.com", "study-hard-43", Role.STUDENT);
        var second = organizations.principal(org, "second@example.com");

        long finished = enrollments.enrollSelf(course).id();
        progress.complete(course, ids[1]);
        progress.complete(course, ids[2]);
        TestOrganizations.signIn(second);
        enrollments.enrollSelf(course);
        assertThat(progress.complete(course, ids[1]).progress()).isEqualByComparingTo("50");

        TestOrganizations.signIn(admin);
        long extra = courses.addModule(course, ModuleForm.text("Extra", "").withPublished(true));

        TestOrganizations.signIn(second);
        assertThat(enrollments.mine(course).orElseThrow().progress()).isEqualByComparingTo("33.33");
        TestOrganizations.signIn(student);
        assertThat(enrollments.mine(course).orElseThrow().status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(completed.forEnrollment(org.slug(), finished)).hasSize(1);

        // Unpublishing the module the second student lacks completes the course for them.
        TestOrganizations.signIn(admin);
        courses.setModulePublished(extra, false);
        courses.setModulePublished(ids[2], false);
        TestOrganizations.signIn(second);
        var after = enrollments.mine(course).orElseThrow();
        assertThat(after.progress()).isEqualByComparingTo("100");
        assertThat(after.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(completed.forEnrollment(org.slug(), after.id())).hasSize(1);
    }

    @Test
    void unpublished_modules_drafts_and_other_organizations_courses_are_refused() {
        long[] ids = publishedCourse(1);
        long course = ids[0];
        enrollments.enrollSelf(course);
        long draftModule = jdbc.queryForObject(
                "select id from \"" + org.schema() + "\".course_module" + " where course_id = ? and title = 'Draft'",
                Long.class,
                course);
        assertThatThrownBy(() -> progress.complete(course, draftModule))
                .isInstanceOf(EnrollmentException.class)
                .hasMessage("This module is not part of the course.");

        TestOrganizations.signIn(admin);
        long draftCourse = courses.create(new CourseForm("Not yet", "", null, null));
        TestOrganizations.signIn(student);
        assertThatThrownBy(() -> enrollments.enrollSelf(draftCourse)).isInstanceOf(EnrollmentException.class);

        Tenant other = organizations.create("otherlearn");
        TenantContext.set(other);
        TestOrganizations.signIn(organizations.principal(other, TestOrganizations.ADMIN_EMAIL));
        assertThatThrownBy(() -> enrollments.enrollSelf(course)).isInstanceOf(EnrollmentException.class);
        assertThatThrownBy(() -> progress.complete(course, ids[1])).isInstanceOf(EnrollmentException.class);
    }
}
