package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two organizations with the same emails: neither ever sees, nor signs into, the other. */
@LyceumIntegrationTest
class TenantIsolationTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    Tenant acme;
    Tenant globex;
    RawHttp http;

    @BeforeEach
    void twoOrganizations() {
        acme = organizations.create("acme");
        globex = organizations.create("globex");
        organizations.addUser(acme, "student@example.com", "acme-secret-11", Role.STUDENT);
        organizations.addUser(globex, "student@example.com", "globex-secret-22", Role.STUDENT);
        organizations.addUser(globex, "only-globex@example.com", "globex-only-12", Role.INSTRUCTOR);
        http = new RawHttp(port);
    }

    private static String host(Tenant tenant) {
        return tenant.slug() + ".lyceum.localhost:8080";
    }

    @Test
    void each_organization_sees_only_its_own_users() {
        var acmeEmails = TestOrganizations.asAdmin(
                acme,
                () -> users.page(Pageable.unpaged()).map(UserSummary::email).toList());
        var globexEmails = TestOrganizations.asAdmin(
                globex,
                () -> users.page(Pageable.unpaged()).map(UserSummary::email).toList());
        assertThat(acmeEmails).containsExactlyInAnyOrder("admin@example.com", "student@example.com");
        assertThat(globexEmails)
                .containsExactlyInAnyOrder("admin@example.com", "student@example.com", "only-globex@example.com");
        long acmeStudentId = TestOrganizations.asAdmin(acme, () -> users.findByEmail("student@example.com"))
                .orElseThrow()
                .id();
        assertThat(TestOrganizations.asAdmin(globex, () -> users.findByEmail("student@example.com"))
                        .orElseThrow()
                        .roles())
                .isEqualTo(Set.of(Role.STUDENT));
        assertThat(TestOrganizations.asAdmin(acme, () -> users.findByEmail("only-globex@example.com")))
                .isEmpty();
        assertThat(acmeStudentId).isPositive();
    }

    @Test
    void without_an_organization_in_context_tenant_data_cannot_be_read() {
        // Signed in as an admin, so that only the missing organization stands in the way.
        TestOrganizations.signIn(new LyceumUser("", 0, "admin@example.com", "Admin", Set.of(Role.ADMIN), false));
        try {
            assertThatThrownBy(() -> users.count())
                    .isInstanceOf(RuntimeException.class)
                    .isNotInstanceOf(AuthenticationException.class)
                    .isNotInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_same_email_signs_in_with_each_organizations_own_password() throws Exception {
        assertThat(http.login(host(acme), "student@example.com", "acme-secret-11"))
                .isNotBlank();
        assertThat(http.login(host(globex), "student@example.com", "globex-secret-22"))
                .isNotBlank();
        assertThatThrownBy(() -> http.login(host(acme), "student@example.com", "globex-secret-22"))
                .hasMessageContaining("Login refused");
    }

    @Test
    void a_session_from_one_organization_is_not_authenticated_on_another() throws Exception {
        String acmeSession = http.login(host(acme), "admin@example.com", TestOrganizations.ADMIN_PASSWORD);
        assertThat(http.get(host(acme), "/admin", acmeSession).status()).isEqualTo(200);

        var onGlobex = http.get(host(globex), "/admin", acmeSession);
        assertThat(onGlobex.status()).isEqualTo(302);
        assertThat(onGlobex.header("location").orElseThrow()).endsWith("/login");
    }

    @Test
    void an_unknown_host_answers_404_and_never_another_organization() throws Exception {
        var response = http.get("no-such-org.lyceum.localhost:8080", "/", "");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("No organization at this address").contains("/signup");
        assertThat(http.get("evil.example.com", "/login", "").status()).isEqualTo(404);
        var german = http.get("no-such-org.lyceum.localhost:8080", "/", "", "Accept-Language: de-DE,de;q=0.9\r\n");
        assertThat(german.body())
                .contains("<html lang=\"de\">", "Keine Organisation unter dieser Adresse")
                .contains("Unter <strong>no-such-org.lyceum.localhost</strong> gibt es keine Organisation; prüfen Sie");
    }

    @Test
    void platform_pages_are_not_served_on_an_organizations_host() throws Exception {
        var console = http.get(host(acme), "/console", "");
        assertThat(console.status()).isIn(302, 404);
        assertThat(console.header("location").orElse("")).doesNotContain("console");
    }

    @Test
    void host_matching_ignores_case_and_port() throws Exception {
        var response = http.get(acme.slug().toUpperCase() + ".LYCEUM.localhost:9999", "/login", "");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("<html");
    }
}
