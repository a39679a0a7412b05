package io.lyceum.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The reports' SQL on a small organization whose figures are known: 3 courses, 6 learners, weeks with
 * and without activity; and the same figures never reach another organization.
 */
@LyceumIntegrationTest
class ReportsTest {

    /** A Wednesday noon: the 30 days before it span the weeks of 18 May to 15 June. */
    static final Instant NOW = Instant.parse("2026-06-17T12:00:00Z");

    @Autowired
    TestOrganizations organizations;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    Tenant acme;
    Tenant globex;
    long courseA;
    long courseB;
    long courseC;

    static Instant on(String day) {
        return LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @BeforeEach
    void data() {
        acme = organizations.create("acme");
        globex = organizations.create("globex");
        var data = new ReportData(jdbc, acme);
        courseA = data.course("Alpha");
        courseB = data.course("Beta");
        courseC = data.course("Gamma");
        long moduleA = data.module(courseA);
        long moduleB = data.module(courseB);
        long moduleC = data.module(courseC);
        long[] l = new long[7];
        for (int i = 1; i <= 6; i++) {
            l[i] = data.user("l" + i + "@example.com");
        }
        long a1 = data.enroll(l[1], courseA, on("2026-05-20"), on("2026-05-30"), "COMPLETED");
        long a2 = data.enroll(l[2], courseA, on("2026-05-20"), on("2026-06-05"), "COMPLETED");
        long a3 = data.enroll(l[3], courseA, on("2026-06-03"), null, "ACTIVE");
        data.enroll(l[4], courseA, on("2026-06-03"), null, "WITHDRAWN");
        long b1 = data.enroll(l[1], courseB, on("2026-06-03"), on("2026-06-10"), "COMPLETED");
        long b5 = data.enroll(l[5], courseB, on("2026-06-09"), null, "ACTIVE");
        long c6 = data.enroll(l[6], courseC, on("2026-05-01"), on("2026-05-03"), "COMPLETED");
        long c2 = data.enroll(l[2], courseC, on("2026-06-16"), null, "ACTIVE");

        data.completeModule(a1, moduleA, on("2026-05-21"));
        data.completeModule(a2, moduleA, on("2026-05-22"));
        data.completeModule(c2, moduleC, on("2026-06-16"));
        data.attempt(a1, moduleA, 80, on("2026-05-21"));
        data.attempt(a2, moduleA, 60, on("2026-06-04"));
        data.attempt(a3, moduleA, 100, on("2026-06-10"));
        data.attempt(b1, moduleB, 90, on("2026-06-04"));
        data.attempt(b5, moduleB, 50, on("2026-06-10"));
        data.attempt(c6, moduleC, 10, on("2026-05-02")); // before the period

        // Globex: more of everything, which acme must never count.
        var other = new ReportData(jdbc, globex);
        for (int i = 0; i < 5; i++) {
            long course = other.course("Globex " + i);
            long learner = other.user("g" + i + "@example.com");
            long enrollment = other.enroll(learner, course, on("2026-06-10"), on("2026-06-11"), "COMPLETED");
            other.attempt(enrollment, other.module(course), 5, on("2026-06-10"));
        }
    }

    @Test
    void enrollments_per_week_include_the_empty_week_and_leave_out_what_is_before_the_period() {
        var weeks = TestOrganizations.asAdmin(acme, () -> reports.enrollments(ReportRange.LAST_30_DAYS, null, NOW));
        assertThat(weeks)
                .extracting(Figures.Period::start, Figures.Period::count)
                .containsExactly(
                        tuple(LocalDate.parse("2026-05-18"), 2L),
                        tuple(LocalDate.parse("2026-05-25"), 0L),
                        tuple(LocalDate.parse("2026-06-01"), 3L),
                        tuple(LocalDate.parse("2026-06-08"), 1L),
                        tuple(LocalDate.parse("2026-06-15"), 1L));
        var alpha = TestOrganizations.asAdmin(acme, () -> reports.enrollments(ReportRange.LAST_30_DAYS, courseA, NOW));
        assertThat(alpha).extracting(Figures.Period::count).containsExactly(2L, 0L, 2L, 0L, 0L);
    }

    @Test
    void a_year_is_counted_per_month() {
        var months = TestOrganizations.asAdmin(acme, () -> reports.enrollments(ReportRange.LAST_365_DAYS, null, NOW));
        assertThat(months).hasSize(13);
        assertThat(months.getFirst().start()).isEqualTo(LocalDate.parse("2025-06-01"));
        assertThat(months.get(11).start()).isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(months.get(11).count()).isEqualTo(3); // 1 May and twice 20 May
        assertThat(months.getLast().count()).isEqualTo(5);
    }

    @Test
    void completion_rate_per_course_counts_learners_not_withdrawn() {
        var rates = TestOrganizations.asAdmin(acme, () -> reports.completion(null));
        assertThat(rates).extracting(Figures.Completion::title).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(rates).extracting(Figures.Completion::learners).containsExactly(3L, 2L, 2L);
        assertThat(rates).extracting(Figures.Completion::completed).containsExactly(2L, 1L, 1L);
        assertThat(rates.getFirst().rate()).isCloseTo(66.67, offset(0.01));
        assertThat(rates.get(1).rate()).isEqualTo(50.0);
    }

    @Test
    void active_learners_per_week_are_distinct_people_with_progress_or_quiz_activity() {
        var weeks = TestOrganizations.asAdmin(acme, () -> reports.activeLearners(ReportRange.LAST_30_DAYS, null, NOW));
        assertThat(weeks).extracting(Figures.Period::count).containsExactly(2L, 0L, 2L, 2L, 1L);
    }

    @Test
    void average_quiz_score_per_course_over_the_period() {
        var scores = TestOrganizations.asAdmin(acme, () -> reports.quizScores(ReportRange.LAST_30_DAYS, null, NOW));
        assertThat(scores).extracting(Figures.QuizScore::title).containsExactly("Alpha", "Beta");
        assertThat(scores).extracting(Figures.QuizScore::average).containsExactly(80.0, 70.0);
        assertThat(scores).extracting(Figures.QuizScore::attempts).containsExactly(3L, 2L);
    }

    @Test
    void certificates_expiring_within_30_60_90_days_leave_out_revoked_expired_and_renewed_ones() {
        var data = new ReportData(jdbc, acme);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant past = Instant.now().minus(Duration.ofDays(300));
        long learner = data.user("holder@example.com");
        long e1 = data.enroll(learner, courseA, past, past, "COMPLETED");
        data.certificate(e1, learner, courseA, past, today.plusDays(10), false);
        long other = data.user("holder2@example.com");
        long e2 = data.enroll(other, courseA, past, past, "COMPLETED");
        data.certificate(e2, other, courseA, past, today.plusDays(45), false);
        long third = data.user("holder3@example.com");
        long e3 = data.enroll(third, courseB, past, past, "COMPLETED");
        data.certificate(e3, third, courseB, past, today.plusDays(80), false);
        data.certificate(e3, third, courseC, past.plusSeconds(10), today.plusDays(200), false);
        data.certificate(e3, third, courseC, past.minusSeconds(60), today.minusDays(3), false);
        long fourth = data.user("holder4@example.com");
        long e4 = data.enroll(fourth, courseB, past, past, "COMPLETED");
        data.certificate(e4, fourth, courseB, past, today.plusDays(10), true); // revoked
        // Renewed: a newer certificate of the same course replaces one about to expire.
        long fifth = data.user("holder5@example.com");
        long e5 = data.enroll(fifth, courseC, past, past, "COMPLETED");
        data.certificate(e5, fifth, courseC, past, today.plusDays(20), false);
        data.certificate(e5, fifth, courseC, past.plusSeconds(3600), today.plusDays(400), false);

        var expiring = TestOrganizations.asAdmin(acme, () -> reports.expiring());
        assertThat(expiring).isEqualTo(new Figures.Expiring(1, 2, 3));
        var holders = TestOrganizations.asAdmin(acme, () -> reports.expiringHolders(60, 0, 10));
        assertThat(holders)
                .extracting(Figures.Person::email)
                .containsExactly("holder@example.com", "holder2@example.com");
        assertThat(TestOrganizations.asAdmin(acme, () -> reports.countExpiringHolders(90)))
                .isEqualTo(3);
        assertThatThrownBy(() -> TestOrganizations.asAdmin(acme, () -> reports.expiringHolders(45, 0, 10)))
                .isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_courses_learners_are_listed_lazily_not_completed_first() {
        var learners = TestOrganizations.asAdmin(acme, () -> reports.courseLearners(courseA, 0, 10));
        assertThat(learners).extracting(Figures.Person::email).first().isEqualTo("l3@example.com");
        assertThat(learners).hasSize(3);
        assertThat(TestOrganizations.asAdmin(acme, () -> reports.courseLearners(courseA, 1, 1)))
                .hasSize(1);
        assertThat(TestOrganizations.asAdmin(acme, () -> reports.countCourseLearners(courseA)))
                .isEqualTo(3);
    }

    @Test
    void the_csv_of_a_chart_holds_its_figures_and_the_export_is_audited() {
        var table = TestOrganizations.asAdmin(
                acme, () -> reports.export(ReportChart.COMPLETION, ReportRange.LAST_30_DAYS, null));
        var out = new ByteArrayOutputStream();
        ReportCsv.write(List.of("Course", "Learners", "Completed", "Completion rate"), table, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("\uFEFFCourse,Learners,Completed,Completion rate\r\n"
                        + "Alpha,3,2,66.7\r\nBeta,2,1,50.0\r\nGamma,2,1,50.0\r\n");
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + acme.schema() + "\".audit_event where action = 'export.report'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_course_titled_like_a_formula_is_defused_in_the_csv() {
        var data = new ReportData(jdbc, acme);
        long formula = data.course("=HYPERLINK(\"http://evil\")");
        data.enroll(data.user("f@example.com"), formula, on("2026-06-01"), null, "ACTIVE");
        var table = TestOrganizations.asAdmin(
                acme, () -> reports.export(ReportChart.COMPLETION, ReportRange.LAST_30_DAYS, null));
        var out = new ByteArrayOutputStream();
        ReportCsv.write(List.of("Course", "Learners", "Completed", "Completion rate"), table, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",1,0,0.0\r\n");
    }

    @Test
    void acme_never_counts_or_lists_globexs_data() {
        var globexCourse = new ReportData(jdbc, globex).course("Only at Globex");
        assertThat(TestOrganizations.asAdmin(acme, () -> reports.quizScores(ReportRange.LAST_30_DAYS, null, NOW)))
                .extracting(Figures.QuizScore::title)
                .doesNotContain("Globex 0");
        assertThat(TestOrganizations.asAdmin(acme, () -> reports.courses()))
                .extracting(Reports.CourseOption::title)
                .containsExactly("Alpha", "Beta", "Gamma");
        // Globex's course id is no course at acme: its learners are "not found", not globex's people.
        assertThat(TestOrganizations.asAdmin(acme, () -> reports.courseTitle(globexCourse)))
                .isEmpty();
        assertThatThrownBy(() -> TestOrganizations.asAdmin(acme, () -> reports.courseLearners(globexCourse, 0, 10)))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(TestOrganizations.asAdmin(globex, () -> reports.completion(null)))
                .hasSize(5);
    }

    @Test
    void only_admins_read_reports() {
        organizations.addUser(acme, "teacher@example.com", "quiet-river-2026", Role.INSTRUCTOR);
        TestOrganizations.signIn(organizations.principal(acme, "teacher@example.com"));
        assertThatThrownBy(() -> TenantContext.callAs(acme, () -> reports.completion(null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
