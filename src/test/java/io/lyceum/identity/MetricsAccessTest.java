package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** The scrape token and staff open the metrics; nobody else, and no token is no way in. */
class MetricsAccessTest {

    static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));

    private static boolean allowed(MetricsAccess access, Authentication who, String authorization) {
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        if (!authorization.isEmpty()) {
            request.addHeader("Authorization", authorization);
        }
        return access.authorize(() -> who, new RequestAuthorizationContext(request))
                .isGranted();
    }

    @Test
    void the_configured_token_lets_a_scraper_in_and_any_other_does_not() {
        var access = new MetricsAccess("s3cret-scrape-token");
        assertThat(allowed(access, ANONYMOUS, "Bearer s3cret-scrape-token")).isTrue();
        assertThat(allowed(access, ANONYMOUS, "bearer s3cret-scrape-token")).isTrue();
        assertThat(allowed(access, ANONYMOUS, "Bearer s3cret-scrape-toke")).isFalse();
        assertThat(allowed(access, ANONYMOUS, "Basic s3cret-scrape-token")).isFalse();
        assertThat(allowed(access, ANONYMOUS, "")).isFalse();
    }

    @Test
    void without_a_configured_token_no_token_opens_it_and_staff_still_may() {
        var access = new MetricsAccess("");
        assertThat(allowed(access, ANONYMOUS, "Bearer ")).isFalse();
        assertThat(allowed(access, ANONYMOUS, "Bearer anything")).isFalse();
        var staff = UsernamePasswordAuthenticationToken.authenticated(
                new LyceumUser("", 1, "staff@lyceum.test", "Staff", Set.of(), true),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_STAFF")));
        assertThat(allowed(access, staff, "")).isTrue();
        var admin = UsernamePasswordAuthenticationToken.authenticated(
                new LyceumUser("acme", 2, "admin@example.com", "Ada", Set.of(Role.ADMIN), false),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        assertThat(allowed(access, admin, "")).isFalse();
    }
}
