package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The second wall behind session binding: whatever session carried it in, a sign-in of another
 * organization (or staff on an organization's host) is dropped before anything checks a role.
 */
class OrganizationBoundAuthenticationFilterTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    private static void signedInAs(String org, boolean staff) {
        var user = new LyceumUser(org, 7, "admin@example.com", "Ada", Set.of(Role.ADMIN), staff);
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                user, null, Set.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
    }

    private static Tenant tenant(String slug) {
        return new Tenant(1, slug, "Org " + slug, "org_" + slug, "PRO", "Pro", Set.of(), ZoneOffset.UTC, null);
    }

    private static MockHttpSession filter() throws Exception {
        var request = new MockHttpServletRequest();
        var session = new MockHttpSession();
        request.setSession(session);
        var chain = new MockFilterChain();
        new OrganizationBoundAuthenticationFilter().doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();
        return session;
    }

    @Test
    void another_organizations_sign_in_is_dropped_and_its_session_ended() throws Exception {
        signedInAs("acme", false);
        TenantContext.set(tenant("globex"));
        var session = filter();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void staff_on_an_organizations_host_and_members_on_the_base_domain_are_dropped() throws Exception {
        signedInAs("", true);
        TenantContext.set(tenant("acme"));
        filter();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        signedInAs("acme", false);
        TenantContext.clear();
        filter();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void the_own_organizations_sign_in_stays() throws Exception {
        signedInAs("acme", false);
        TenantContext.set(tenant("acme"));
        var session = filter();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }
}
