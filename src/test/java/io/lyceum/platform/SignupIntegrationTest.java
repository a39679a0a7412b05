package io.lyceum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.Violations;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantStatus;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@LyceumIntegrationTest
class SignupIntegrationTest {

    @Autowired
    SignupService signups;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    UserService users;

    @Autowired
    PluginService plugins;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> tablesOf(String schema) {
        return jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = ?" + " order by table_name",
                String.class,
                schema);
    }

    private boolean schemaExists(String schema) {
        return jdbc.queryForObject(
                        "select count(*) from information_schema.schemata where schema_name = ?", Integer.class, schema)
                == 1;
    }

    @Test
    void sign_up_creates_a_migrated_schema_with_the_admin_and_the_plans_plugins() {
        Tenant org = organizations.create("schema", "STARTER");
        assertThat(org.schema()).isEqualTo("org_" + org.slug().replace('-', '_'));
        assertThat(tablesOf(org.schema()))
                .contains(
                        "app_user",
                        "user_role",
                        "installed_plugin",
                        "role_permission",
                        "databasechangelog",
                        "databasechangeloglock");
        var summary = organizationService.findBySlug(org.slug()).orElseThrow();
        assertThat(summary.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(summary.migrationState()).isEqualTo("SUCCEEDED");
        assertThat(summary.planName()).isEqualTo("Starter");
        TestOrganizations.asAdmin(org, () -> {
            assertThat(users.findByEmail(TestOrganizations.ADMIN_EMAIL)
                            .orElseThrow()
                            .roles())
                    .containsExactly(Role.ADMIN);
            assertThat(plugins.isActive("courses")).isTrue();
            assertThat(plugins.isActive("certificates")).isTrue();
            assertThat(plugins.permissions(Set.of(Role.INSTRUCTOR))).contains("courses.edit");
            return null;
        });
    }

    @Test
    void a_failure_mid_provisioning_leaves_no_schema_and_no_row_and_the_address_stays_free() {
        String slug = TestOrganizations.uniqueSlug(TestOrganizations.FAILING_PREFIX);
        String schema = "org_" + slug.replace('-', '_');
        var request = new SignupRequest("Failing Org", slug, "Ada", "ada@example.com", "long-enough-9");

        assertThatThrownBy(() -> signups.signUp(request))
                .isInstanceOf(SignupException.class)
                .hasMessageContaining("could not set up your organization");

        assertThat(schemaExists(schema)).isFalse();
        assertThat(organizationService.findBySlug(slug)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.organization where slug = ?", Integer.class, slug))
                .isZero();
    }

    @Test
    void a_taken_address_is_refused_by_the_service_too() {
        Tenant existing = organizations.create("dup");
        var request = new SignupRequest("Copycat", existing.slug(), "Eve", "eve@example.com", "long-enough-9");
        assertThatThrownBy(() -> signups.signUp(request))
                .isInstanceOfSatisfying(
                        SignupException.class, e -> assertThat(e.field()).isEqualTo("slug"));
        assertThat(organizationService.findBySlug(existing.slug()).orElseThrow().name())
                .isEqualTo(existing.name());
    }

    @Test
    void the_service_refuses_bad_input_without_creating_anything() {
        String slug = TestOrganizations.uniqueSlug("input");
        assertThatThrownBy(() -> signups.signUp(new SignupRequest("Org", slug, "Ada", "ada@example.com", "weak")))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e ->
                        assertThat(Violations.of(e)).containsExactly(entry("password", "Use at least 10 characters")));
        assertThatThrownBy(() ->
                        signups.signUp(new SignupRequest("Org", "www", "Ada", "ada@example.com", "long-enough-9")))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.of(e))
                        .containsExactly(entry("slug", "This address is reserved; choose another one")));
        assertThatThrownBy(() ->
                        signups.signUp(new SignupRequest("Org", slug, "Ada", "adalove@example.com", "adalove-2026")))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.of(e))
                        .containsExactly(entry("password", "Don't use your email address in your password")));
        assertThat(organizationService.findBySlug(slug)).isEmpty();
    }

    @Test
    void the_user_count_follows_new_members() {
        Tenant org = organizations.create("count");
        organizations.addUser(org, "one@example.com", "member-pass-1", Role.STUDENT);
        organizations.addUser(org, "two@example.com", "member-pass-2", Role.INSTRUCTOR);
        assertThat(organizationService.findBySlug(org.slug()).orElseThrow().users())
                .isEqualTo(3);
    }
}
