package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF: a sign-in form posted from any other origin (another site, another port on the same
 * host, the other scheme, another organization) is refused before authentication runs.
 */
@LyceumIntegrationTest
class LoginOriginSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    RawHttp http;
    String host;
    String otherOrgHost;
    Map<String, String> form =
            Map.of("username", TestOrganizations.ADMIN_EMAIL, "password", TestOrganizations.ADMIN_PASSWORD);

    @BeforeEach
    void twoOrganizations() {
        Tenant acme = organizations.create("origin");
        Tenant globex = organizations.create("origin");
        host = acme.slug() + ".lyceum.localhost:8080";
        otherOrgHost = globex.slug() + ".lyceum.localhost:8080";
        http = new RawHttp(port);
    }

    private int postFrom(String origin) throws Exception {
        String session = http.get(host, "/login", "").sessionCookie().orElseThrow();
        return http.postForm(host, "/login", session, form, "Origin: " + origin + "\r\n")
                .status();
    }

    @Test
    void a_sign_in_from_the_same_origin_is_accepted() throws Exception {
        assertThat(postFrom("http://" + host)).isEqualTo(302);
        assertThat(postFrom("http://" + host.toUpperCase())).isEqualTo(302);
    }

    @Test
    void a_sign_in_from_another_site_is_refused() throws Exception {
        assertThat(postFrom("https://evil.example")).isEqualTo(403);
        assertThat(postFrom("null")).isEqualTo(403);
        assertThat(postFrom("not a url")).isEqualTo(403);
    }

    @Test
    void another_port_on_the_same_host_is_another_origin() throws Exception {
        assertThat(postFrom("http://" + host.replace(":8080", ":1"))).isEqualTo(403);
        assertThat(postFrom("http://" + host.replace(":8080", ""))).isEqualTo(403);
    }

    @Test
    void the_other_scheme_is_another_origin() throws Exception {
        assertThat(postFrom("https://" + host)).isEqualTo(403);
    }

    @Test
    void another_organizations_page_cannot_post_a_sign_in() throws Exception {
        assertThat(postFrom("http://" + otherOrgHost)).isEqualTo(403);
    }
}
