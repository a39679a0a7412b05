package io.lyceum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantStatus;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@LyceumIntegrationTest
class TenantMigrationsTest {

    @Autowired
    TenantMigrations migrations;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthIndicator tenantsHealthIndicator;

    @LocalServerPort
    int port;

    @Test
    void a_broken_schema_is_marked_failed_and_the_others_are_still_migrated() throws Exception {
        Tenant healthy = organizations.create("healthy");
        Tenant broken = organizations.create("broken");
        long failedBefore = (long) tenantsHealthIndicator.health().getDetails().get("failed");
        // Liquibase forgets what it ran there: re-running the changelog collides with existing tables.
        jdbc.execute("delete from \"" + broken.schema() + "\".databasechangelog");
        // As after a restart: nothing is known to be up to date.
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();

        var report = migrations.migrateAll();

        assertThat(report.failed()).contains(broken.slug()).doesNotContain(healthy.slug());
        assertThat(report.migrated()).isPositive();
        var brokenSummary = organizationService.findBySlug(broken.slug()).orElseThrow();
        assertThat(brokenSummary.status()).isEqualTo(TenantStatus.MIGRATION_FAILED);
        assertThat(brokenSummary.migrationState()).isEqualTo("FAILED");
        assertThat(brokenSummary.migrationError()).contains("already exists");
        assertThat(organizationService.findBySlug(healthy.slug()).orElseThrow().status())
                .isEqualTo(TenantStatus.ACTIVE);
        assertThat((long) tenantsHealthIndicator.health().getDetails().get("failed"))
                .isEqualTo(failedBefore + 1);

        var http = new RawHttp(port);
        assertThat(http.get(broken.slug() + ".lyceum.localhost", "/login", "").status())
                .isEqualTo(503);
        assertThat(http.get(healthy.slug() + ".lyceum.localhost", "/login", "").status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.tenant_migration t join platform.organization"
                                + " o on o.id = t.organization_id where o.slug = ? and t.outcome = 'FAILED'",
                        Integer.class,
                        broken.slug()))
                .isEqualTo(1);
    }
}
