package io.lyceum.bench;

import io.lyceum.LyceumApplication;
import io.lyceum.TestOrganizations;
import io.lyceum.compliance.RequiredTrainings;
import io.lyceum.compliance.TrainingStatus;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.RequiredCourses;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.reporting.ReportRange;
import io.lyceum.reporting.Reports;
import io.lyceum.tenancy.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time of each report query on an organization of 5,000 learners × 50 courses, a year of
 * activity (about 50,000 enrollments, 150,000 module completions, 50,000 quiz attempts, 20,000
 * certificates, 3 required courses), generated with SQL {@code generate_series}. Median of 9 runs
 * after 2 warm-ups, through the service as the page calls it. Prints figures only. Run: {@code ./mvnw -Pbench test -Dtest=ReportsBenchmark}.
 */
class ReportsBenchmark {

    static final int LEARNERS = Integer.getInteger("bench.learners", 5_000);
    static final int COURSES = Integer.getInteger("bench.courses", 50);
    static final int RUNS = 9;

    @Test
    void report_queries_on_5000_learners_and_50_courses() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "bench-pg");
        try (var app = new SpringApplicationBuilder(LyceumApplication.class)
                .run(
                        "--spring.datasource.url=",
                        "--lyceum.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                        "--lyceum.demo=false",
                        "--server.port=0")) {
            Tenant tenant = app.getBean(SignupService.class)
                    .signUp(
                            new SignupRequest(
                                    "Bench", "bench-reports", "Bench Admin", "owner@example.com", "bench-password-1"),
                            "ENTERPRISE");
            var jdbc = app.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            generate(jdbc, "\"" + tenant.schema() + "\".");
            System.out.printf(
                    "BENCH reports data: %d learners x %d courses, %s enrollments, %s module completions, %s quiz"
                            + " attempts, %s certificates, generated in %.1f s%n",
                    LEARNERS,
                    COURSES,
                    count(jdbc, tenant, "enrollment"),
                    count(jdbc, tenant, "module_completion"),
                    count(jdbc, tenant, "quiz_attempt"),
                    count(jdbc, tenant, "certificate"),
                    (System.nanoTime() - started) / 1e9);

            var reports = app.getBean(Reports.class);
            var trainings = app.getBean(RequiredTrainings.class);
            Map<String, Supplier<Object>> charts = new LinkedHashMap<>();
            charts.put(
                    "enrollments over time, 90 days (weekly)",
                    () -> reports.enrollments(ReportRange.LAST_90_DAYS, null));
            charts.put(
                    "enrollments over time, 365 days (monthly)",
                    () -> reports.enrollments(ReportRange.LAST_365_DAYS, null));
            charts.put(
                    "enrollments over time, 90 days, one course",
                    () -> reports.enrollments(ReportRange.LAST_90_DAYS, 7L));
            charts.put("completion rate per course", () -> reports.completion(null));
            charts.put(
                    "active learners per week, 90 days", () -> reports.activeLearners(ReportRange.LAST_90_DAYS, null));
            charts.put(
                    "active learners per week, 365 days",
                    () -> reports.activeLearners(ReportRange.LAST_365_DAYS, null));
            charts.put(
                    "average quiz score per course, 90 days", () -> reports.quizScores(ReportRange.LAST_90_DAYS, null));
            charts.put(
                    "average quiz score per course, 365 days",
                    () -> reports.quizScores(ReportRange.LAST_365_DAYS, null));
            charts.put("required training by status", reports::compliance);
            charts.put("certificates expiring 30/60/90 days", reports::expiring);
            charts.put(
                    "drill-down: overdue people, first page",
                    () -> trainings.people(null, TrainingStatus.OVERDUE, 0, 50));
            charts.put("drill-down: overdue people, count", () -> trainings.countPeople(null, TrainingStatus.OVERDUE));
            charts.put("drill-down: a course's learners, first page", () -> reports.courseLearners(7L, 0, 50));
            charts.put("drill-down: expiring within 90 days, first page", () -> reports.expiringHolders(90, 0, 50));
            long learner = jdbc.queryForObject(
                    "select min(user_id) from \"" + tenant.schema() + "\".enrollment where course_id = 10", Long.class);
            var badges = app.getBean(RequiredCourses.class);
            var me = new LyceumUser(
                    tenant.slug(), learner, "learner@example.com", "Learner", Set.of(Role.STUDENT), false);
            List<Long> courses = jdbc.queryForList(
                    "select course_id from \"" + tenant.schema() + "\".enrollment where user_id = ?",
                    Long.class,
                    learner);
            charts.put("a learner's badges (My learning, " + courses.size() + " courses)", () -> {
                TestOrganizations.signIn(me);
                return badges.mine(courses);
            });
            var medians = measure(tenant, charts);
            medians.forEach(
                    (chart, median) -> System.out.printf("BENCH report %-48s median %7.1f ms%n", chart, median));
        }
    }

    private static Map<String, Double> measure(Tenant tenant, Map<String, Supplier<Object>> charts) {
        Map<String, Double> medians = new LinkedHashMap<>();
        charts.forEach((name, query) -> {
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < RUNS + 2; run++) {
                long started = System.nanoTime();
                TestOrganizations.asAdmin(tenant, query);
                if (run >= 2) {
                    times.add((System.nanoTime() - started) / 1e6);
                }
            }
            Collections.sort(times);
            medians.put(name, times.get(times.size() / 2));
        });
        return medians;
    }

    private static String count(JdbcTemplate jdbc, Tenant tenant, String table) {
        return String.format(
                "%,d", jdbc.queryForObject("select count(*) from \"" + tenant.schema() + "\"." + table, Long.class));
    }

    /** A year of an organization's learning, spread evenly with a deterministic pseudo-random hash. */
    private static void generate(JdbcTemplate jdbc, String s) {
        long owner = jdbc.queryForObject("select min(id) from " + s + "app_user", Long.class);
        jdbc.update("insert into " + s + "app_user (email, display_name, password_hash, created_at)"
                + " select 'learner' || g || '@example.com', 'Learner ' || g, 'x', now() - interval '400 days'"
                + " from generate_series(1, " + LEARNERS + ") g");
        jdbc.update("insert into " + s + "user_role (user_id, role) select id, 'STUDENT' from " + s
                + "app_user where email like 'learner%'");
        jdbc.update("insert into " + s + "course (title, status, owner_id, created_at, updated_at,"
                + " certificate_validity_months) select 'Course ' || g, 'PUBLISHED', " + owner
                + ", now() - interval '2 years', now(), case when g % 5 = 0 then 12 end from generate_series(1, "
                + COURSES + ") g");
        jdbc.update("insert into " + s + "course_module (course_id, position, title, kind, required, published)"
                + " select c.id, m, 'Module ' || m, case when m = 5 then 'QUIZ' else 'TEXT' end, true, true"
                + " from " + s + "course c cross join generate_series(1, 5) m");
        // Each learner in 10 of the 50 courses, enrolled at some time in the last year; 40 % completed.
        jdbc.update("insert into " + s + "enrollment (user_id, course_id, status, progress, enrolled_at, completed_at)"
                + " select u.id, c.id, case when (u.id * 7 + c.id * 13) % 10 < 4 then"
                + " 'COMPLETED' else 'ACTIVE' end, case when (u.id * 7 + c.id * 13) % 10 < 4"
                + " then 100 else 20 * ((u.id + c.id) % 5) end, now() - make_interval(days =>"
                + " ((u.id * 31 + c.id * 17) % 365)::int, hours => (u.id % 24)::int), case when"
                + " (u.id * 7 + c.id * 13) % 10 < 4      then now() - make_interval(days =>"
                + " ((u.id *"
                + " 31 +"
                + " c.id *"
                + " 17) %"
                + " 365)::int)"
                + " + interval"
                + " '5 days'"
                + " end from"
                + " " + s + "app_user u join " + s + "course c on (u.id + c.id) % 5 = 0"
                + " where u.email like 'learner%'");
        jdbc.update("update " + s + "enrollment set completed_at = now() - interval '1 hour'"
                + " where completed_at > now()");
        // Module completions: as many of the 5 modules as the progress says, a day apart after enrolling.
        jdbc.update("insert into " + s + "module_completion (enrollment_id, module_id, completed_at)"
                + " select e.id, m.id, least(now(), e.enrolled_at + make_interval(days => m.position))"
                + " from " + s + "enrollment e join " + s + "course_module m on m.course_id = e.course_id"
                + " where m.position <= e.progress / 20");
        jdbc.update("insert into " + s + "quiz_attempt (enrollment_id, module_id, score, passed, answers, submitted_at)"
                + " select e.id, m.id, (e.id * 37) % 101, (e.id * 37) % 101 >= 60, '[]',"
                + " least(now(), e.enrolled_at + interval '4 days')"
                + " from " + s + "enrollment e join " + s
                + "course_module m on m.course_id = e.course_id and m.position = 5"
                + " where e.progress >= 60 or e.id % 3 = 0");
        jdbc.update("insert into " + s + "certificate (enrollment_id, user_id, course_id, completed_at, number,"
                + " verification_code, holder_name, course_title, completed_on, expires_on, issued_at)"
                + " select e.id, e.user_id, e.course_id, e.completed_at, 'BENCH-' || e.id, 'code' || e.id,"
                + " 'Learner', 'Course', e.completed_at::date,"
                + " case when c.certificate_validity_months is not null"
                + "      then (e.completed_at + make_interval(months => c.certificate_validity_months))::date end,"
                + " e.completed_at"
                + " from " + s + "enrollment e join " + s
                + "course c on c.id = e.course_id where e.completed_at is not null");
        jdbc.update(
                "insert into " + s + "required_training (course_id, audience, audience_value, due_on, due_after_days,"
                        + " recurrence_months, created_at, updated_at) values"
                        + " (5, 'EVERYONE', null, null, 30, 12, now() - interval '200 days', now()),"
                        + " (10, 'ROLE', 'STUDENT', current_date + 10, null, null, now() - interval '20 days', now()),"
                        + " (15, 'ROLE', 'STUDENT', null, 60, null, now() - interval '30 days', now())");
        jdbc.execute("analyze");
    }
}
