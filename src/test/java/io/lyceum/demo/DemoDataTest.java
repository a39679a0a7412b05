package io.lyceum.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.identity.UserService;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.DatabaseMode;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.TenantStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * All demo data comes from this module: the organizations and their members, then a course each
 * and Acme's completed enrollment with its certificate; a second start adds nothing. (RestartTest
 * checks the same out of the box, on a fresh embedded database.)
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
    void the_demo_organizations_get_members_a_course_each_and_acmes_completion_once() {
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
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + schema + ".course where status = 'PUBLISHED'", Integer.class))
                    .as(org.slug())
                    .isEqualTo(1);
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

        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from org_acme.course", Integer.class))
                .isEqualTo(1);
    }
}
