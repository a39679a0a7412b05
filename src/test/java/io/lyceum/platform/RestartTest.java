package io.lyceum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumApplication;
import io.lyceum.RawHttp;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The out-of-the-box set-up, started twice on one data folder: organizations survive the restart,
 * and an organization whose schema broke in between is marked failed while the others are served.
 */
class RestartTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments outrank application.properties (and its ./data/pg default).
        return new SpringApplicationBuilder(LyceumApplication.class)
                .run(
                        "--spring.datasource.url=",
                        "--lyceum.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                        "--lyceum.demo=true",
                        "--lyceum.base-domain=lyceum.localhost:8080",
                        "--lyceum.admin.email=staff@restart.test",
                        "--lyceum.admin.password=restart-staff-2026",
                        "--server.port=0");
    }

    @Test
    void embedded_data_survives_a_restart_and_a_broken_org_does_not_stop_start_up() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-pg");
        // Each Vaadin application installs its security-context strategy globally; give the shared
        // test context its own back afterwards.
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            startTwice(dataDir);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    private static void startTwice(Path dataDir) throws Exception {
        Tenant kept;
        try (var first = start(dataDir)) {
            var signups = first.getBean(SignupService.class);
            // Demo data was created because the embedded database was empty.
            assertThat(first.getBean(OrganizationService.class).findBySlug("acme"))
                    .isPresent();
            // Each demo org has a published course; Acme's first student completed it and holds its certificate.
            var jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "select count(*) from org_globex.course where status = 'PUBLISHED'", Integer.class))
                    .isEqualTo(1);
            // Issued in the background after the completion: give it a moment.
            for (int i = 0;
                    i < 100 && jdbc.queryForObject("select count(*) from org_acme.certificate", Integer.class) == 0;
                    i++) {
                Thread.sleep(100);
            }
            assertThat(jdbc.queryForObject("select holder_name from org_acme.certificate", String.class))
                    .isEqualTo("Zoë Łukasiewicz");
            kept = signups.signUp(
                    new SignupRequest("Kept Org", "kept-org", "Kim", "kim@example.com", "kept-password-1"));
            TenantContext.runAs(
                    kept,
                    () -> first.getBean(UserService.class)
                            .create(new NewUser("learner@example.com", "Lee", "study-hard-42", Set.of(Role.STUDENT))));
            first.getBean(JdbcTemplate.class).execute("delete from org_globex.databasechangelog");
        }
        try (var second = start(dataDir)) {
            var organizations = second.getBean(OrganizationService.class);
            assertThat(organizations.findBySlug("kept-org").orElseThrow().status())
                    .isEqualTo(TenantStatus.ACTIVE);
            assertThat(organizations.findBySlug("kept-org").orElseThrow().users())
                    .isEqualTo(2);
            assertThat(organizations.findBySlug("globex").orElseThrow().status())
                    .isEqualTo(TenantStatus.MIGRATION_FAILED);
            assertThat(organizations.findBySlug("acme").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);

            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            var http = new RawHttp(port);
            assertThat(http.login("kept-org.lyceum.localhost", "learner@example.com", "study-hard-42"))
                    .isNotBlank();
            assertThat(http.login("acme.lyceum.localhost", "student@example.com", "acme-meadow-26"))
                    .isNotBlank();
            assertThat(http.get("globex.lyceum.localhost", "/login", "").status())
                    .isEqualTo(503);
            // Health details are for staff; load balancers see the status only.
            assertThat(http.get("127.0.0.1", "/actuator/health", "").body()).doesNotContain("tenants");
            String staff = http.login("lyceum.localhost", "staff@restart.test", "restart-staff-2026");
            assertThat(http.get("lyceum.localhost", "/actuator/health", staff).body())
                    .contains("\"tenants\"")
                    .contains("\"failed\":1")
                    .contains("\"total\":3");
        }
    }
}
