package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind the default trusted proxy (loopback) the forwarded host and scheme are the client's. */
@LyceumIntegrationTest
class ForwardedHeadersTest {

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    @Test
    void a_trusted_proxy_names_the_organizations_host_and_tls() throws Exception {
        var acme = organizations.create("forwarded");
        var response = new RawHttp(port)
                .get(
                        "internal-upstream:8080",
                        "/login",
                        "",
                        "X-Forwarded-Host: " + acme.slug() + ".lyceum.localhost\r\nX-Forwarded-Proto: https\r\n");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("strict-transport-security")).isPresent();
    }
}
