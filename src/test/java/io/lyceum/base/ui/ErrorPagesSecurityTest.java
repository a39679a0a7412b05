package io.lyceum.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Over real HTTP, through the whole filter chain: every failure answers with its status and the
 * app's own page, signed in or not, on an organization's host and on the base domain. A page a person
 * may not open is refused before anything of it is made; nothing of an exception reaches the answer.
 */
@LyceumIntegrationTest
class ErrorPagesSecurityTest {

    static final String BASE = "lyceum.localhost:8080";

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    RawHttp http;
    Tenant acme;
    String host;

    @BeforeEach
    void organization() {
        acme = organizations.create("lost");
        organizations.addUser(acme, "student@example.com", "learn-well-2026", Role.STUDENT);
        http = new RawHttp(port);
        host = acme.slug() + ".lyceum.localhost:8080";
    }

    private String student() throws Exception {
        return http.login(host, "student@example.com", "learn-well-2026");
    }

    private String admin() throws Exception {
        return http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
    }

    @Test
    void an_unknown_address_of_a_signed_in_member_is_the_not_found_page_in_the_organizations_layout() throws Exception {
        var response = http.get(host, "/no/such/page", student());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found")
                .contains("Go to the start page")
                .contains("My learning")
                .doesNotContain("Could not navigate");
    }

    @Test
    void an_unknown_address_of_a_visitor_is_the_not_found_page_with_the_way_to_sign_in() throws Exception {
        var response = http.get(host, "/no/such/page", "");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found")
                .contains(acme.name())
                .contains("Sign in")
                .doesNotContain("My learning");
    }

    @Test
    void an_unknown_address_on_the_base_domain_is_not_found_signed_in_or_not() throws Exception {
        var visitor = http.get(BASE, "/no/such/page", "");
        assertThat(visitor.status()).isEqualTo(404);
        assertThat(visitor.body()).contains("Page not found").contains("Go to Lyceum's home page");

        String staff = http.login(BASE, "staff@lyceum.test", "staff-secret-2026");
        var signedIn = http.get(BASE, "/no/such/page", staff);
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.body()).contains("Page not found");
    }

    @Test
    void a_student_at_an_admin_page_gets_403_and_nothing_of_the_page() throws Exception {
        var response = http.get(host, "/admin", student());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("No access").doesNotContain("Plan: ");
    }

    @Test
    void a_plugin_outside_the_plan_answers_403_with_its_page_at_its_own_address() throws Exception {
        Tenant free = organizations.create("lost", "FREE");
        String freeHost = free.slug() + ".lyceum.localhost:8080";
        String admin = http.login(freeHost, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        var response = http.get(freeHost, "/admin/certificates", admin);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body())
                .contains("Certificates is not available on your plan")
                .contains("Go to Plugins");
    }

    @Test
    void a_visitor_at_a_members_page_is_still_sent_to_sign_in() throws Exception {
        var response = http.get(host, "/teach/courses/999999", "");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("location").orElseThrow()).endsWith("/login");
    }

    @Test
    void unknown_and_other_organizations_course_ids_are_the_same_404() throws Exception {
        Tenant globex = organizations.create("lost");
        var globexAdmin = organizations.principal(globex, TestOrganizations.ADMIN_EMAIL);
        long globexCourse = TenantContext.callAs(globex, () -> {
            TestOrganizations.signIn(globexAdmin);
            try {
                courses.create(new CourseForm("Globex first", "", null, null));
                return courses.create(new CourseForm("Globex second", "", null, null));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        String admin = admin();
        for (long id : new long[] {999999, globexCourse}) {
            var response = http.get(host, "/teach/courses/" + id, admin);
            assertThat(response.status()).as("course %d", id).isEqualTo(404);
            assertThat(response.body())
                    .contains("Page not found")
                    .doesNotContain("There is no course")
                    .doesNotContain("Globex");
        }
    }

    @Test
    void a_failing_page_answers_500_with_a_reference_and_no_exception_text() throws Exception {
        for (var answer :
                new RawHttp.Response[] {http.get(host, "/test/failing", admin()), http.get(BASE, "/test/failing", "")
                }) {
            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.body())
                    .contains("Something went wrong")
                    .containsPattern("Reference: ERR-[0-9A-F]{8}")
                    .doesNotContain(FailingView.INTERNALS)
                    .doesNotContain("IllegalStateException");
        }
    }

    @Test
    void a_services_refusal_answers_403_and_an_id_it_does_not_know_404() throws Exception {
        String admin = admin();
        var refused = http.get(host, "/test/refused", admin);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("No access").doesNotContain(RefusingView.SECRET);
        var missing = http.get(host, "/test/missing", admin);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain(RefusingView.SECRET);
    }

    @Test
    void a_suspended_organization_answers_403_with_its_page_and_nothing_else() throws Exception {
        String member = student();
        jdbc.update("update platform.organization set status = 'SUSPENDED' where slug = ?", acme.slug());
        try {
            for (String session : new String[] {"", member}) {
                for (String path : new String[] {"/", "/learn", "/login", "/no/such/page"}) {
                    var response = http.get(host, path, session);
                    assertThat(response.status()).as(path).isEqualTo(403);
                    assertThat(response.body())
                            .contains("This organization is suspended")
                            .contains(acme.name())
                            .contains("error-page")
                            .doesNotContain("style=");
                }
            }
            // The page's stylesheets are served: they are the same for every host.
            assertThat(http.get(host, "/lyceum/styles.css", "").status()).isEqualTo(200);
            assertThat(http.get(host, "/lumo/lumo.css", "").status()).isEqualTo(200);
        } finally {
            jdbc.update("update platform.organization set status = 'ACTIVE' where slug = ?", acme.slug());
        }
    }

    @Test
    void other_addresses_answer_their_status_with_a_body() throws Exception {
        String student = student();
        // A file that does not exist, or is another organization's: the files' own 404.
        assertThat(http.get(host, "/files/" + UUID.randomUUID(), student).status())
                .isEqualTo(404);
        // Actuator shows health only; anything else under it stays closed, with an answer that says so.
        var actuator = http.get(host, "/actuator/env", student);
        assertThat(actuator.status()).isEqualTo(403);
        assertThat(actuator.body()).isNotBlank();
        // Actuator answers a caller who is not signed in with 401, not with the sign-in page.
        assertThat(http.get(host, "/actuator/env", "").status()).isEqualTo(401);
    }
}
