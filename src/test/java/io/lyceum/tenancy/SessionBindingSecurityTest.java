package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A session belongs to the organization it was created on, including the session that the sign-in
 * itself creates: presented first on another organization's host it is not signed in there, and
 * carries nothing of the first organization's roles.
 */
@LyceumIntegrationTest
class SessionBindingSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    RawHttp http;
    String acme;
    String globex;

    @BeforeEach
    void twoOrganizations() {
        acme = organizations.create("bind").slug() + ".lyceum.localhost:8080";
        globex = organizations.create("bind").slug() + ".lyceum.localhost:8080";
        http = new RawHttp(port);
    }

    /** A sign-in posted with no session at all, as a script would: the login creates the session. */
    private String signInWithoutPriorSession(String host) throws Exception {
        var response = http.postForm(
                host,
                "/login",
                "",
                Map.of("username", TestOrganizations.ADMIN_EMAIL, "password", TestOrganizations.ADMIN_PASSWORD));
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("location").orElseThrow()).doesNotContain("error");
        return response.sessionCookie().orElseThrow();
    }

    @Test
    void a_session_created_by_the_sign_in_is_refused_on_another_organization() throws Exception {
        String session = signInWithoutPriorSession(acme);

        var admin = http.get(globex, "/admin", session);
        assertThat(admin.status()).isEqualTo(302);
        assertThat(admin.header("location").orElseThrow()).endsWith("/login");
        // Endpoints that only need "signed in" see an anonymous visitor too, not acme's admin.
        var file = http.get(globex, "/files/00000000-0000-4000-8000-000000000000", session);
        assertThat(file.status()).isEqualTo(302);
        assertThat(file.header("location").orElseThrow()).endsWith("/login");
    }

    @Test
    void the_session_keeps_working_on_its_own_organization() throws Exception {
        String session = signInWithoutPriorSession(acme);
        assertThat(http.get(acme, "/admin", session).status()).isEqualTo(200);
    }

    @Test
    void after_being_presented_elsewhere_the_session_is_gone_on_both_hosts() throws Exception {
        String session = signInWithoutPriorSession(acme);
        http.get(globex, "/admin", session);
        // Invalidated where it was misused: whoever carried it off also ends the owner's sign-in,
        // which is the safe direction (the owner signs in again).
        assertThat(http.get(acme, "/admin", session).status()).isEqualTo(302);
    }

    @Test
    void a_session_bound_before_sign_in_behaves_the_same() throws Exception {
        String session = http.login(acme, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        var admin = http.get(globex, "/admin", session);
        assertThat(admin.status()).isEqualTo(302);
        assertThat(admin.header("location").orElseThrow()).endsWith("/login");
    }
}
