package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumApplication;
import io.lyceum.TestOrganizations;
import io.lyceum.bench.StatementCounter;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The grading view's next/previous, as the course's instructor: two rubric-graded assignments of one
 * course, with 50 and with 500 submissions (one version each, written by SQL in bulk): server time of
 * moving to the next learner ({@code open} of the sheet's {@code nextId}, median and p95 over 100 moves
 * after 50 warm-up), the SQL statements of one move and of one save. Prints figures; asserts no time,
 * only that a move costs as many statements at 500 as at 50 (the sheet places itself in the queue in
 * one statement, whatever the class size).
 * Run: {@code ./mvnw -Pbench test -Dtest=GradingBenchmark} ({@code -Dbench.moves=N}).
 *
 * <p>Statements are counted twice: on this thread at the JDBC level ({@link StatementCounter}, every
 * statement whoever issues it; the figure asserted), and as Hibernate's prepared statements (its
 * statistics, switched on at run time for this application only; they count every thread, so a
 * poller may add one now and then: the smallest and largest of the moves are printed).
 */
class GradingBenchmark {

    private static final int MOVES = Integer.getInteger("bench.moves", 100);
    private static final int WARM_UP = 50;
    private static final int SAVES = 20;
    private static final int[] SIZES = {50, 500};

    /** One assignment's figures. */
    private record Figures(
            int submissions,
            double moveMedian,
            double moveP95,
            double moveMax,
            Set<Long> moveStatements,
            Set<Long> moveHibernate,
            Set<Long> firstSaveStatements,
            Set<Long> regradeStatements,
            double saveMedian) {}

    @Test
    void moving_to_the_next_learner_costs_the_same_at_50_and_at_500_submissions() throws Exception {
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
                                    "Bench", "bench-grading", "Bench Admin", "owner@example.com", "bench-password-1"),
                            "ENTERPRISE");
            TenantContext.set(tenant);
            var users = app.getBean(UserService.class);
            var courses = app.getBean(CourseService.class);
            var rubrics = app.getBean(Rubrics.class);
            var grading = app.getBean(Grading.class);
            var jdbc = app.getBean(JdbcTemplate.class);
            Statistics statistics = app.getBean(EntityManagerFactory.class)
                    .unwrap(SessionFactory.class)
                    .getStatistics();
            statistics.setStatisticsEnabled(true);
            String schema = "\"" + tenant.schema() + "\"";

            var made = TestOrganizations.asAdmin(
                    tenant,
                    () -> users.create(new NewUser(
                            "teacher@example.com", "Bench Teacher", "bench-password-1", Set.of(Role.INSTRUCTOR))));
            var instructor = new LyceumUser(
                    tenant.slug(), made.id(), "teacher@example.com", "Bench Teacher", Set.of(Role.INSTRUCTOR), false);
            TestOrganizations.signIn(instructor);
            long course = courses.create(new CourseForm("Essay writing", "", null, null));
            var modules = new ArrayList<Long>();
            for (int size : SIZES) {
                modules.add(courses.addModule(
                        course,
                        ModuleForm.assignment("Essay for " + size, "Write **one** essay.")
                                .withPublished(true)));
            }
            courses.publish(course);
            long rubricId = rubrics.create(
                    course,
                    new RubricForm(
                            "Essay", List.of(criterion("Argument"), criterion("Structure"), criterion("Language"))));
            RubricSpec rubric = rubrics.rubric(rubricId).spec();
            jdbc.update(
                    "update " + schema + ".assignment set rubric_id = ?, points = 60 where course_id = ?",
                    rubricId,
                    course);

            long started = System.nanoTime();
            int students = SIZES[SIZES.length - 1];
            jdbc.update(
                    "insert into " + schema + ".app_user (email, display_name, password_hash, created_at)"
                            + " select 'bulk' || g || '@example.com', 'Bulk Student ' || g, '{noop}x', now()"
                            + " from generate_series(1, ?) g",
                    students);
            jdbc.update("insert into " + schema + ".user_role (user_id, role) select id, 'STUDENT' from " + schema
                    + ".app_user where email like 'bulk%'");
            jdbc.update(
                    "insert into " + schema + ".enrollment (user_id, course_id, status, progress, enrolled_at)"
                            + " select id, ?, 'ACTIVE', 0, now() from " + schema + ".app_user where email like 'bulk%'",
                    course);
            for (int i = 0; i < SIZES.length; i++) {
                // The first N students hand in, a minute apart, oldest first in the queue.
                jdbc.update(
                        "insert into " + schema + ".submission (assignment_id, user_id, status, submitted_at, version)"
                                + " select a.id, u.id, 'SUBMITTED', now() - u.n * interval '1 minute', 1"
                                + " from " + schema + ".assignment a, (select id, row_number() over (order by id) n"
                                + " from " + schema + ".app_user where email like 'bulk%') u"
                                + " where a.module_id = ? and u.n <= ?",
                        modules.get(i),
                        SIZES[i]);
            }
            jdbc.update("insert into " + schema
                    + ".submission_version (submission_id, number, text, submitted_at, late, days_late)"
                    + " select s.id, 1, repeat('An essay paragraph with *some* emphasis and a [link](https://"
                    + "example.com). ', 20), s.submitted_at, false, 0 from " + schema + ".submission s");
            jdbc.execute("analyze");
            System.out.printf(
                    "%nBENCH set-up: %d students, assignments of %s submissions generated in %.1f s%n",
                    students, Arrays.toString(SIZES), (System.nanoTime() - started) / 1e9);

            var figures = new ArrayList<Figures>();
            for (int i = 0; i < SIZES.length; i++) {
                figures.add(measure(grading, statistics, rubric, course, modules.get(i), SIZES[i]));
            }

            System.out.printf(
                    "%nBENCH grading: move to the next learner = grading.open(sheet.nextId(), QueueFilter.ALL),"
                            + " %d moves after %d warm-up; save = first rubric grade (%d) and a regrade%n",
                    MOVES, WARM_UP, SAVES);
            System.out.println("| submissions | move median | move p95 | move max | SQL per move (JDBC, this thread)"
                    + " | Hibernate prepared per move | SQL per save: first grade / regrade | save median |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (Figures f : figures) {
                System.out.printf(
                        "| %d | %.2f ms | %.2f ms | %.2f ms | %s | %s | %s / %s | %.2f ms |%n",
                        f.submissions(),
                        f.moveMedian(),
                        f.moveP95(),
                        f.moveMax(),
                        f.moveStatements(),
                        f.moveHibernate(),
                        f.firstSaveStatements(),
                        f.regradeStatements(),
                        f.saveMedian());
            }
            System.out.println();

            // Not a time: the statements of a move must not grow with the queue.
            assertThat(figures.getFirst().moveStatements()).hasSize(1);
            assertThat(figures.getLast().moveStatements())
                    .isEqualTo(figures.getFirst().moveStatements());
        } finally {
            TenantContext.clear();
            SecurityContextHolder.clearContext();
        }
    }

    private static Figures measure(
            Grading grading, Statistics statistics, RubricSpec rubric, long course, long module, int size) {
        var queue = grading.queue(course, module, Grading.QueueFilter.ALL, 0, SAVES);
        long first = queue.getFirst().submissionId();
        Grading.Sheet sheet = grading.open(course, module, first, Grading.QueueFilter.ALL);
        assertThat(sheet.total()).isEqualTo(size);
        assertThat(sheet.rubric()).isNotNull();

        var times = new ArrayList<Double>();
        var statements = new TreeSet<Long>();
        var hibernate = new TreeSet<Long>();
        for (int move = 0; move < WARM_UP + MOVES; move++) {
            // At the end of the queue, back to its start, as a grader going round again would.
            long next = sheet.nextId() != null ? sheet.nextId() : first;
            long jdbcBefore = StatementCounter.onThisThread();
            long hibernateBefore = statistics.getPrepareStatementCount();
            long start = System.nanoTime();
            sheet = grading.open(course, module, next, Grading.QueueFilter.ALL);
            double millis = (System.nanoTime() - start) / 1e6;
            if (move >= WARM_UP) {
                times.add(millis);
                statements.add(StatementCounter.onThisThread() - jdbcBefore);
                hibernate.add(statistics.getPrepareStatementCount() - hibernateBefore);
            }
            if (sheet.submissionId() != next) {
                throw new IllegalStateException("opened " + sheet.submissionId() + ", not " + next);
            }
        }
        Collections.sort(times);

        // Saves: a first grade on the queue's first submissions (insert), then a regrade of one (update).
        var firstSaves = new TreeSet<Long>();
        var saveTimes = new ArrayList<Double>();
        Map<String, String> good = click(rubric, 1);
        for (var entry : queue) {
            long before = StatementCounter.onThisThread();
            long start = System.nanoTime();
            grading.save(
                    course,
                    module,
                    entry.submissionId(),
                    new Grading.GradeInput(good, null, null, "", "Well argued.", null, Grading.NO_GRADE));
            saveTimes.add((System.nanoTime() - start) / 1e6);
            firstSaves.add(StatementCounter.onThisThread() - before);
        }
        Collections.sort(saveTimes);
        long regraded = queue.getFirst().submissionId();
        long version =
                grading.open(course, module, regraded, Grading.QueueFilter.ALL).gradeVersion();
        long before = StatementCounter.onThisThread();
        grading.save(
                course,
                module,
                regraded,
                new Grading.GradeInput(click(rubric, 2), null, null, "", "Even better.", null, version));
        var regrade = new TreeSet<>(Set.of(StatementCounter.onThisThread() - before));

        return new Figures(
                size,
                times.get(times.size() / 2),
                times.get((int) Math.ceil(times.size() * 0.95) - 1),
                times.getLast(),
                statements,
                hibernate,
                firstSaves,
                regrade,
                saveTimes.get(saveTimes.size() / 2));
    }

    private static RubricForm.Criterion criterion(String title) {
        return new RubricForm.Criterion(
                null,
                title,
                "",
                List.of(level("Missing", "0"), level("Good", "5"), level("Great", "10"), level("Outstanding", "20")));
    }

    private static RubricForm.Level level(String title, String points) {
        return new RubricForm.Level(null, title, "", new BigDecimal(points));
    }

    /** The same level clicked on every criterion. */
    private static Map<String, String> click(RubricSpec rubric, int level) {
        var clicks = new LinkedHashMap<String, String>();
        for (RubricSpec.Criterion criterion : rubric.criteria()) {
            clicks.put(criterion.id(), criterion.levels().get(level).id());
        }
        return clicks;
    }
}
