package io.lyceum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Only platform staff edit plans, and the catalog checks every rule itself. */
@LyceumIntegrationTest
class PlanCatalogTest {

    private static final String CODE = "TP_CATALOG_GUARD";

    @Autowired
    PlanCatalog catalog;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    private static PlanForm form(String name) {
        return new PlanForm(
                name,
                BigDecimal.TEN,
                new BigDecimal("100"),
                3,
                null,
                1,
                500,
                100,
                null,
                null,
                false,
                Set.of("courses"));
    }

    private static void signInAsStaff() {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                new LyceumUser("", 1, "staff@lyceum.test", "Staff", Set.of(), true),
                null,
                Set.of(new SimpleGrantedAuthority("ROLE_STAFF")))));
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from platform.plan where code = ?", CODE);
    }

    @Test
    void organization_admins_and_anonymous_callers_are_refused_every_plan_edit() {
        var org = organizations.create("planguard", "FREE");
        for (boolean admin : new boolean[] {true, false}) {
            // Signed in as an organization's admin: denied; signed in as nobody: no credentials.
            Class<? extends Exception> refusal =
                    admin ? AuthorizationDeniedException.class : AuthenticationCredentialsNotFoundException.class;
            Consumer<Runnable> refused = call -> assertThatThrownBy(call::run).isInstanceOf(refusal);
            if (admin) {
                TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
                assertThat(organizations
                                .principal(org, TestOrganizations.ADMIN_EMAIL)
                                .roles())
                        .contains(Role.ADMIN);
            } else {
                SecurityContextHolder.clearContext();
            }
            refused.accept(catalog::plans);
            refused.accept(catalog::pluginIds);
            refused.accept(() -> catalog.create(CODE, form("Sneaky")));
            refused.accept(() -> catalog.update("FREE", 0, form("Free for all")));
            refused.accept(() -> catalog.retire("FREE", 0, true));
            refused.accept(() -> catalog.delete("FREE", 0));
        }
        assertThat(jdbc.queryForObject("select count(*) from platform.plan where code = ?", Long.class, CODE))
                .isZero();
        assertThat(jdbc.queryForObject("select retired from platform.plan where code = 'FREE'", Boolean.class))
                .isFalse();
    }

    @Test
    void the_catalog_refuses_unknown_plugins_and_bad_codes_whatever_the_form_checked() {
        signInAsStaff();
        assertThatThrownBy(() -> catalog.create("bad code", form("Bad")))
                .isInstanceOf(ConstraintViolationException.class);
        var unknown = new PlanForm(
                "Odd",
                BigDecimal.ONE,
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                Set.of("teleport"));
        assertThatThrownBy(() -> catalog.create(CODE, unknown))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("There is no plugin teleport");
        var created = catalog.create(CODE, form("Guarded"));
        assertThat(created.version()).isZero();
        assertThat(created.form().monthlyPrice()).isEqualByComparingTo("10");
        assertThat(created.retired()).isFalse();
        // The same price for both intervals is a mistake, not a plan.
        var same = new PlanForm(
                "Guarded",
                BigDecimal.ONE,
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                null,
                "price_same1",
                "price_same1",
                false,
                Set.of());
        assertThatThrownBy(() -> catalog.update(CODE, 0, same))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("The monthly and the yearly Stripe price must differ");
    }
}
