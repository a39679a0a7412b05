package io.lyceum.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser-protection headers on every kind of response: Vaadin's pages, the host filter's own
 * pages, static files, downloads; no-store on whatever a signed-in person is shown, HSTS behind TLS.
 */
@LyceumIntegrationTest
class SecurityHeadersSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    RawHttp http;
    String host;

    @BeforeEach
    void organization() {
        http = new RawHttp(port);
        host = organizations.create("headers").slug() + ".lyceum.localhost:8080";
    }

    private static void assertProtected(RawHttp.Response response) {
        assertThat(response.header("x-content-type-options")).contains("nosniff");
        assertThat(response.header("referrer-policy")).contains("same-origin");
        assertThat(response.header("x-frame-options")).contains("DENY");
        assertThat(response.header("content-security-policy"))
                .hasValueSatisfying(policy ->
                        assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'"));
    }

    @Test
    void vaadin_pages_carry_the_headers() throws Exception {
        var login = http.get(host, "/login", "");
        assertThat(login.status()).isEqualTo(200);
        assertProtected(login);
    }

    @Test
    void the_host_filters_own_pages_carry_the_headers_and_allow_no_script() throws Exception {
        var unknown = http.get("no-such-org.lyceum.localhost:8080", "/", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertProtected(unknown);
        assertThat(unknown.header("content-security-policy").orElseThrow()).contains("script-src 'none'");
    }

    @Test
    void what_a_signed_in_person_sees_is_not_stored_static_files_are() throws Exception {
        String session = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        var page = http.get(host, "/admin", session);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("cache-control")).contains("no-store");
        assertProtected(page);

        var stylesheet = http.get(host, "/lyceum/styles.css", session);
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(stylesheet.header("cache-control").orElse("")).doesNotContain("no-store");
    }

    @Test
    void hsts_is_sent_behind_tls_only() throws Exception {
        assertThat(http.get(host, "/login", "").header("strict-transport-security"))
                .isEmpty();
        // The test connects from loopback, a trusted proxy by default, which says the client used TLS.
        var secure = http.get(host, "/login", "", "X-Forwarded-Proto: https\r\n");
        assertThat(secure.header("strict-transport-security")).contains(SecurityHeaders.HSTS);
    }
}
