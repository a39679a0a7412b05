package io.lyceum.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/prometheus} over real HTTP: staff signed in read the platform's gauges; a visitor,
 * an organization's admin and a bearer token where none is configured get 401. (The token itself is
 * checked in {@code MetricsAccessTest}: the shared test context configures none.)
 */
@LyceumIntegrationTest
class MetricsEndpointTest {

    static final String BASE = "lyceum.localhost:8080";

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    @Test
    void staff_read_the_platforms_gauges() throws Exception {
        organizations.create("metrics");
        var http = new RawHttp(port);
        String staff = http.login(BASE, "staff@lyceum.test", "staff-secret-2026");
        var metrics = http.get(BASE, "/actuator/prometheus", staff);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("lyceum_orgs{status=\"active\"}")
                .contains("lyceum_orgs{status=\"suspended\"}")
                .contains("lyceum_orgs_migration_failed")
                .contains("lyceum_events_incomplete")
                .contains("lyceum_mail_failed")
                .contains("lyceum_webhooks_failed")
                .contains("lyceum_sessions_active");
    }

    @Test
    void visitors_admins_and_unconfigured_tokens_are_refused() throws Exception {
        var http = new RawHttp(port);
        var anonymous = http.get(BASE, "/actuator/prometheus", "");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("lyceum_orgs");
        var guessed = http.get(BASE, "/actuator/prometheus", "", "Authorization: Bearer \r\n");
        assertThat(guessed.status()).isEqualTo(401);
        var org = organizations.create("metricsadmin");
        String host = org.slug() + "." + BASE;
        String admin = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        var asAdmin = http.get(host, "/actuator/prometheus", admin);
        assertThat(asAdmin.status()).isIn(401, 403);
        assertThat(asAdmin.body()).doesNotContain("lyceum_orgs");
        // Everything else under /actuator stays closed, to staff too.
        String staff = http.login(BASE, "staff@lyceum.test", "staff-secret-2026");
        assertThat(http.get(BASE, "/actuator/env", staff).status()).isIn(401, 403, 404);
    }
}
