package io.lyceum.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.learning.CourseCompleted;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code course.completed} → certificate on the real path: the completion commits, the event stored
 * with it is handed to {@link CertificateDelivery} on the task executor, which issues the certificate
 * in its own transaction and publishes {@code certificate.issued}; the event publication completes.
 */
@LyceumIntegrationTest
@EnableScenarios
class CertificateScenarioTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    JdbcTemplate jdbc;

    Tenant org;
    long course;
    long module;

    @BeforeEach
    void completableCourse() {
        org = organizations.create("scen");
        TenantContext.set(org);
        users.create(new NewUser("ana@example.com", "Ana Ömer", "quiet-river-2026", Set.of(Role.STUDENT)));
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Fire safety", "", null, null));
        module = courses.addModule(
                course, ModuleForm.text("Only module", "read me").withPublished(true));
        courses.publish(course);
        TestOrganizations.signIn(organizations.principal(org, "ana@example.com"));
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void completing_the_last_module_issues_the_certificate_after_commit(Scenario scenario) {
        long enrollment = enrollments.enrollSelf(course).id();

        scenario.stimulate(() -> progress.complete(course, module))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForEventOfType(CertificateIssued.class)
                .matching(issued -> issued.org().equals(org.slug()) && issued.courseId() == course)
                .toArriveAndVerify(issued -> {
                    assertThat(jdbc.queryForObject(
                                    "select enrollment_id from \"" + org.schema() + "\".certificate where id = ?",
                                    Long.class,
                                    issued.certificateId()))
                            .isEqualTo(enrollment);
                });

        // The stored course.completed of the certificate listener is complete, in this org's schema only.
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + org.schema() + "\".event_publication"
                                + " where listener_id like '%CertificateDelivery%' and event_type = ?"
                                + " and completion_date is not null",
                        Integer.class,
                        CourseCompleted.class.getName()))
                .isEqualTo(1);
    }
}
