package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in through the real login form over HTTP, per organization and for staff. */
@LyceumIntegrationTest
class LoginTest {

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    Tenant org;
    String host;
    RawHttp http;

    @BeforeEach
    void organization() {
        org = organizations.create("login");
        host = org.slug() + ".lyceum.localhost:8080";
        http = new RawHttp(port);
    }

    @Test
    void right_password_signs_in_and_changes_the_session_id() throws Exception {
        var page = http.get(host, "/login", "");
        String before = page.sessionCookie().orElseThrow();
        String after = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        assertThat(after).isNotEqualTo(before);
        assertThat(http.get(host, "/admin", after).status()).isEqualTo(200);
    }

    @Test
    void the_stylesheet_is_served_before_sign_in() throws Exception {
        var css = http.get(host, "/lyceum/styles.css", "");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).contains(".empty-state");
    }

    @Test
    void wrong_password_is_refused() {
        assertThatThrownBy(() -> http.login(host, TestOrganizations.ADMIN_EMAIL, "wrong-password-1"))
                .hasMessageContaining("/login?error");
    }

    @Test
    void email_is_case_insensitive() throws Exception {
        assertThat(http.login(host, "ADMIN@Example.com", TestOrganizations.ADMIN_PASSWORD))
                .isNotBlank();
    }

    @Test
    void repeated_failures_lock_the_account_even_for_the_right_password() throws Exception {
        organizations.addUser(org, "target@example.com", "right-password-1", Role.STUDENT);
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> http.login(host, "target@example.com", "guess-" + Math.random()))
                    .hasMessageContaining("error");
        }
        assertThatThrownBy(() -> http.login(host, "target@example.com", "right-password-1"))
                .hasMessageContaining("error");
        // Another account of the same organization is not affected.
        assertThat(http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD))
                .isNotBlank();
    }

    @Test
    void staff_sign_in_on_the_base_domain_and_reach_the_console() throws Exception {
        String session = http.login("lyceum.localhost:8080", "staff@lyceum.test", "staff-secret-2026");
        assertThat(http.get("lyceum.localhost:8080", "/console", session).status())
                .isEqualTo(200);
        assertThat(http.get("lyceum.localhost:8080", "/console", "").status()).isEqualTo(302);
    }

    @Test
    void an_organizations_admin_cannot_sign_in_as_staff() {
        assertThatThrownBy(() -> http.login(
                        "lyceum.localhost:8080", TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD))
                .hasMessageContaining("error");
    }
}
