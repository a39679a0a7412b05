package io.lyceum.bench;

import io.lyceum.LyceumApplication;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearnersReport;
import io.lyceum.learning.LearningProgress;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.TenantContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Statements and server time per module completion (courses of 10 and 100 modules), and the first
 * page of the learners view for a course with 1,000 students × 30 modules. Prints figures only.
 * Run: {@code ./mvnw -Pbench test -Dtest=LearningBenchmark}.
 */
class LearningBenchmark {

    @Test
    void completion_cost_and_learners_page() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "bench-pg");
        try (var app = new SpringApplicationBuilder(LyceumApplication.class, StatementCounter.class)
                .run(
                        "--spring.datasource.url=",
                        "--lyceum.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                        "--lyceum.demo=false",
                        "--server.port=0")) {
            var tenant = app.getBean(SignupService.class)
                    .signUp(
                            new SignupRequest(
                                    "Bench", "bench-learning", "Bench Admin", "owner@example.com", "bench-password-1"),
                            "ENTERPRISE");
            TenantContext.set(tenant);
            var users = app.getBean(UserService.class);
            var courses = app.getBean(CourseService.class);
            var enrollments = app.getBean(EnrollmentService.class);
            var progress = app.getBean(LearningProgress.class);
            var report = app.getBean(LearnersReport.class);
            var jdbc = app.getBean(JdbcTemplate.class);
            String schema = "\"" + tenant.schema() + "\"";
            var admin = TestOrganizations.asAdmin(tenant, () -> users.findByEmail("owner@example.com"))
                    .orElseThrow();
            var adminUser =
                    new LyceumUser(tenant.slug(), admin.id(), admin.email(), admin.displayName(), admin.roles(), false);

            for (int size : new int[] {10, 100}) {
                signIn(adminUser);
                long course = courses.create(new CourseForm("Course " + size, "", null, null));
                List<Long> modules = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    modules.add(courses.addModule(
                            course, ModuleForm.text("M" + i, "").withPublished(true)));
                }
                courses.publish(course);
                var student = users.create(new NewUser(
                        "student" + size + "@example.com", "Student", "bench-password-1", Set.of(Role.STUDENT)));
                signIn(new LyceumUser(
                        tenant.slug(), student.id(), student.email(), student.displayName(), student.roles(), false));
                enrollments.enrollSelf(course);
                progress.complete(course, modules.getFirst()); // warm-up
                List<Double> times = new ArrayList<>();
                long statements = 0;
                long finishing = -1;
                for (int i = 1; i < Math.min(size, 21); i++) {
                    long before = StatementCounter.EXECUTED.get();
                    long started = System.nanoTime();
                    progress.complete(course, modules.get(i));
                    double millis = (System.nanoTime() - started) / 1e6;
                    long executed = StatementCounter.EXECUTED.get() - before;
                    if (i == size - 1) {
                        // This one finishes the course: course.completed issues the certificate after commit.
                        finishing = executed;
                        System.out.printf(
                                "%nBENCH the completion that finishes the course: %d SQL statements"
                                        + " (3 + the certificate: plugin check, facts, number, inserts), %.2f ms%n",
                                executed, millis);
                    } else {
                        times.add(millis);
                        statements = Math.max(statements, executed);
                    }
                }
                Collections.sort(times);
                System.out.printf(
                        "%nBENCH completion in a course of %d modules: %d SQL statements (max),"
                                + " median %.2f ms, max %.2f ms%s%n",
                        size,
                        statements,
                        times.get(times.size() / 2),
                        times.getLast(),
                        finishing < 0 ? "" : " (not counting the finishing one)");
            }

            // 1,000 students × 30 modules, created in SQL (bcrypt per user would dominate the set-up).
            signIn(adminUser);
            long course = courses.create(new CourseForm("Big course", "", null, null));
            List<Long> modules = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                modules.add(
                        courses.addModule(course, ModuleForm.text("M" + i, "").withPublished(true)));
            }
            courses.publish(course);
            jdbc.update("insert into " + schema + ".app_user (email, display_name, password_hash, created_at)"
                    + " select 'bulk' || g || '@example.com', 'Bulk Student ' || g, '{noop}x', now()"
                    + " from generate_series(1, 1000) g");
            jdbc.update("insert into " + schema + ".user_role (user_id, role) select id, 'STUDENT' from " + schema
                    + ".app_user where email like 'bulk%'");
            jdbc.update(
                    "insert into " + schema + ".enrollment (user_id, course_id, status, progress, enrolled_at,"
                            + " last_accessed_at) select id, ?, 'ACTIVE', 0, now(), now() from " + schema
                            + ".app_user where email like 'bulk%'",
                    course);
            jdbc.update(
                    "insert into " + schema + ".module_completion (enrollment_id, module_id, completed_at)"
                            + " select e.id, m.id, now() from " + schema + ".enrollment e join " + schema
                            + ".course_module m on m.course_id = e.course_id where e.course_id = ? and m.position % 3 = 0",
                    course);
            report.learners(course, PageRequest.of(0, 50)); // warm-up
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < 10; run++) {
                long before = StatementCounter.EXECUTED.get();
                long started = System.nanoTime();
                var page = report.learners(course, PageRequest.of(0, 50));
                times.add((System.nanoTime() - started) / 1e6);
                if (run == 0) {
                    System.out.printf(
                            "%nBENCH learners page 1 of %d learners: %d SQL statements%n",
                            page.getTotalElements(), StatementCounter.EXECUTED.get() - before);
                }
            }
            Collections.sort(times);
            System.out.printf(
                    "BENCH learners view first page (50 of 1000 students x 30 modules): median %.1f ms,"
                            + " max %.1f ms%n%n",
                    times.get(times.size() / 2), times.getLast());
        } finally {
            TenantContext.clear();
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(LyceumUser user) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())));
    }
}
