package io.lyceum.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.grading.RubricSpec;
import io.lyceum.identity.UserService;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.DatabaseMode;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.TenantStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * All demo data comes from this module: the organizations and their members, then a course each
 * and Acme's completed enrollment with its certificate and a course with submissions to grade; a
 * second start adds nothing. (RestartTest checks the same out of the box, on a fresh embedded
 * database.)
 */
@LyceumIntegrationTest
class DemoDataTest {

    @Autowired
    SignupService signups;

    @Autowired
    OrganizationService organizations;

    @Autowired
    UserService users;

    @Autowired
    DatabaseMode mode;

    @Autowired
    TenancyProperties tenancy;

    @Autowired
    DemoCourses content;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_organizations_get_members_a_course_each_acmes_completion_and_course_to_grade_once() {
        assumeTrue(
                DemoData.ORGS.stream().noneMatch(org -> organizations.isSlugTaken(org.slug())),
                "this test database was used before and already has the demo organizations");
        // The test context has demo data off; this instance is asked for it.
        var demo = new DemoData(signups, organizations, users, mode, tenancy, "true", content);
        demo.run(new DefaultApplicationArguments());

        for (var org : DemoData.ORGS) {
            String schema = "org_" + org.slug();
            var summary = organizations.findBySlug(org.slug()).orElseThrow();
            assertThat(summary.status()).isEqualTo(TenantStatus.ACTIVE);
            assertThat(summary.planName()).isEqualToIgnoringCase(org.plan());
            assertThat(jdbc.queryForList("select email from " + schema + ".app_user order by email", String.class))
                    .containsExactlyInAnyOrderElementsOf(
                            org.users().stream().map(DemoData.DemoUser::email).toList());
            assertThat(jdbc.queryForList(
                            "select title from " + schema + ".course where status = 'PUBLISHED'", String.class))
                    .as(org.slug())
                    .containsExactlyInAnyOrderElementsOf(
                            org.slug().equals("acme")
                                    ? List.of("Workplace Safety Essentials", DemoBootcamp.COURSE)
                                    : List.of("Workplace Safety Essentials"));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from org_acme.enrollment where status = 'COMPLETED'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from org_globex.enrollment", Integer.class))
                .isZero();
        // The certificate follows the completion on the event's listener, after commit.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject("select count(*) from org_acme.certificate", Integer.class) == 1);
        assertThat(jdbc.queryForObject("select holder_name from org_acme.certificate", String.class))
                .isEqualTo("Zoë Łukasiewicz");

        acmesBootcampIsReadyToGrade();

        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from org_acme.course", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from org_acme.submission", Integer.class))
                .isEqualTo(2);
    }

    /** Acme alone has the bootcamp to grade: one submission on time, one late, one assignment still to come. */
    private void acmesBootcampIsReadyToGrade() {
        long course = jdbc.queryForObject(
                "select c.id from org_acme.course c join org_acme.app_user u on u.id = c.owner_id"
                        + " where c.title = ? and c.status = 'PUBLISHED' and u.email = 'instructor@example.com'",
                Long.class,
                DemoBootcamp.COURSE);
        // The cohort started a few days ago and holds both students.
        assertThat(jdbc.queryForList(
                        "select u.email from org_acme.enrollment e join org_acme.cohort c on c.id = e.cohort_id"
                                + " join org_acme.app_user u on u.id = e.user_id"
                                + " where c.course_id = ? and c.name = ? and c.starts_on < current_date",
                        String.class,
                        course,
                        DemoBootcamp.COHORT))
                .containsExactlyInAnyOrder("student@example.com", "student2@example.com");
        // The landing page is graded with the rubric (100 points at most), 10 % off per day late.
        var landing = jdbc.queryForMap(
                "select a.id, a.points, a.passing_percent, a.late_policy, a.late_penalty_per_day, a.file_types,"
                        + " a.accepts_text, a.due_at < now() as past_due, r.title as rubric, r.spec"
                        + " from org_acme.assignment a join org_acme.course_module m on m.id = a.module_id"
                        + " join org_acme.rubric r on r.id = a.rubric_id where m.title = ? and a.course_id = ?",
                DemoBootcamp.LANDING_PAGE,
                course);
        assertThat(landing)
                .containsEntry("rubric", DemoBootcamp.RUBRIC)
                .containsEntry("late_policy", "PENALTY")
                .containsEntry("file_types", "pdf,png,jpg,zip")
                .containsEntry("accepts_text", true)
                .containsEntry("past_due", true);
        assertThat((BigDecimal) landing.get("points")).isEqualByComparingTo("100");
        assertThat((BigDecimal) landing.get("passing_percent")).isEqualByComparingTo("60");
        assertThat((BigDecimal) landing.get("late_penalty_per_day")).isEqualByComparingTo("10");
        RubricSpec spec = JsonMapper.builder().build().readValue((String) landing.get("spec"), RubricSpec.class);
        assertThat(spec.criteria())
                .extracting(RubricSpec.Criterion::title)
                .containsExactly("Layout", "Accessibility", "Code quality");
        assertThat(spec.criteria())
                .allSatisfy(criterion -> assertThat(criterion.levels()).hasSize(3));
        assertThat(spec.maxPoints()).isEqualByComparingTo("100");
        // Zoë handed in on time (her extension), Sam two days late.
        assertThat(jdbc.queryForList(
                        "select u.email || ' ' || v.late || ' ' || v.days_late from org_acme.submission s"
                                + " join org_acme.submission_version v on v.submission_id = s.id"
                                + " join org_acme.app_user u on u.id = s.user_id"
                                + " where s.assignment_id = ? and s.status = 'SUBMITTED' and v.text is not null",
                        String.class,
                        landing.get("id")))
                .containsExactlyInAnyOrder("student@example.com false 0", "student2@example.com true 2");
        // The portfolio is due later and nobody has handed it in yet.
        assertThat(jdbc.queryForObject(
                        "select count(*) from org_acme.assignment a join org_acme.course_module m on m.id = a.module_id"
                                + " left join org_acme.submission s on s.assignment_id = a.id"
                                + " where m.title = ? and a.course_id = ? and a.due_at > now() and s.id is null",
                        Integer.class,
                        DemoBootcamp.PORTFOLIO,
                        course))
                .isEqualTo(1);

        // Nothing of it in the other organization.
        assertThat(jdbc.queryForObject(
                        "select count(*) from org_globex.course where title = ?", Integer.class, DemoBootcamp.COURSE))
                .isZero();
        for (String table : List.of("cohort", "rubric", "assignment", "submission")) {
            assertThat(jdbc.queryForObject("select count(*) from org_globex." + table, Integer.class))
                    .as(table)
                    .isZero();
        }
    }
}
