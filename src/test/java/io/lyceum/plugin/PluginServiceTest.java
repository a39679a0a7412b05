package io.lyceum.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

@LyceumIntegrationTest
class PluginServiceTest {

    @Autowired
    PluginService plugins;

    @Autowired
    TestOrganizations organizations;

    private static void actAs(Tenant tenant, Role role) {
        var user = new LyceumUser(tenant.slug(), 1, "x@example.com", "X", Set.of(role), false);
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                user, null, Set.of(new SimpleGrantedAuthority(role.authority())))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void installing_outside_the_plan_is_refused_with_the_plans_reason() {
        Tenant free = organizations.create("plugfree", "FREE");
        actAs(free, Role.ADMIN);
        TenantContext.runAs(
                free,
                () -> assertThatThrownBy(() -> plugins.install("certificates"))
                        .isInstanceOf(PluginNotAvailableException.class)
                        .hasMessage("Certificates is not included in the Free plan. Upgrade to use it."));
        TenantContext.runAs(
                free, () -> assertThat(plugins.isActive("certificates")).isFalse());
    }

    @Test
    void uninstall_and_install_are_per_organization() {
        Tenant a = organizations.create("pluga");
        Tenant b = organizations.create("plugb");
        actAs(a, Role.ADMIN);
        TenantContext.runAs(a, () -> plugins.uninstall("courses"));

        TenantContext.runAs(a, () -> {
            assertThat(plugins.isActive("courses")).isFalse();
            assertThat(plugins.permissions(Set.of(Role.INSTRUCTOR))).doesNotContain("courses.edit");
        });
        TenantContext.runAs(b, () -> assertThat(plugins.isActive("courses")).isTrue());

        TenantContext.runAs(a, () -> plugins.install("courses"));
        TenantContext.runAs(a, () -> {
            assertThat(plugins.isActive("courses")).isTrue();
            assertThat(plugins.permissions(Set.of(Role.INSTRUCTOR))).contains("courses.edit");
        });
    }

    @Test
    void only_admins_may_change_plugins() {
        Tenant org = organizations.create("plugrole");
        actAs(org, Role.INSTRUCTOR);
        TenantContext.runAs(
                org,
                () -> assertThatThrownBy(() -> plugins.uninstall("courses")).isInstanceOf(AccessDeniedException.class));
        TenantContext.runAs(org, () -> assertThat(plugins.isActive("courses")).isTrue());
    }
}
