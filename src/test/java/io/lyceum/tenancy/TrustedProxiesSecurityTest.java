package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.StrictLimits;
import io.lyceum.TestOrganizations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forwarded headers count only from the configured proxies. Here the test itself (on loopback) is
 * not one: rotating X-Forwarded-For does not escape the verification throttle, and
 * X-Forwarded-Host cannot pick another organization.
 */
@LyceumIntegrationTest
@StrictLimits
class TrustedProxiesSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    @Test
    void a_client_that_is_no_proxy_cannot_choose_its_address() throws Exception {
        var http = new RawHttp(port);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            statuses.add(http.get(
                            "lyceum.localhost",
                            "/verify/unknowncode" + i,
                            "",
                            "X-Forwarded-For: 198.51.100." + i + "\r\n")
                    .status());
        }
        assertThat(statuses.subList(0, 30)).containsOnly(404);
        assertThat(statuses.subList(30, 35)).as("counted by the real address").containsOnly(429);
    }

    @Test
    void a_client_that_is_no_proxy_cannot_choose_the_organization_or_the_scheme() throws Exception {
        var acme = organizations.create("proxy");
        var http = new RawHttp(port);
        var response = http.get(
                "no-such-org.lyceum.localhost:8080",
                "/login",
                "",
                "X-Forwarded-Host: " + acme.slug() + ".lyceum.localhost:8080\r\nX-Forwarded-Proto: https\r\n");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("strict-transport-security")).isEmpty();
    }

    @Test
    void the_setting_takes_addresses_and_ranges_and_refuses_names() {
        assertThat(TrustedProxies.cidrs(List.of("10.0.0.5", " 192.0.2.0/24", "::1", "2001:db8::/32", "")))
                .isEqualTo("10.0.0.5/32,192.0.2.0/24,::1/128,2001:db8::/32");
        assertThatThrownBy(() -> TrustedProxies.cidrs(List.of("proxy.internal")))
                .hasMessageContaining("IP addresses or CIDR ranges");
    }
}
