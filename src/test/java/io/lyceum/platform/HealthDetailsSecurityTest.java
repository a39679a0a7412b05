package io.lyceum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Load balancers see the status; disk paths, the database and the organizations are for staff. */
@LyceumIntegrationTest
class HealthDetailsSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    @Test
    void anonymous_health_is_the_status_only() throws Exception {
        var health = new RawHttp(port).get("lyceum.localhost:8080", "/actuator/health", "");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("path")
                .doesNotContain("PostgreSQL")
                .doesNotContain("tenants");
    }

    @Test
    void staff_see_the_details() throws Exception {
        var http = new RawHttp(port);
        String staff = http.login("lyceum.localhost:8080", "staff@lyceum.test", "staff-secret-2026");
        var health = http.get("lyceum.localhost:8080", "/actuator/health", staff);
        assertThat(health.body()).contains("\"tenants\"").contains("\"db\"").contains("\"diskSpace\"");
    }

    @Test
    void an_organizations_admin_does_not() throws Exception {
        var http = new RawHttp(port);
        String host = organizations.create("health").slug() + ".lyceum.localhost:8080";
        String admin = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        assertThat(http.get(host, "/actuator/health", admin).body())
                .doesNotContain("components")
                .doesNotContain("tenants");
    }
}
