package io.lyceum.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read {@code /actuator/prometheus}: platform staff signed in (on the base domain, where their
 * session is bound), or a scraper presenting {@code Authorization: Bearer <lyceum.metrics.scrape-token>}
 * (compared in constant time). Without a configured token only staff may.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] token;

    MetricsAccess(String token) {
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(isStaff(authentication.get())
                || presentsToken(context.getRequest().getHeader("Authorization")));
    }

    private static boolean isStaff(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + Roles.STAFF)::equals);
    }

    private boolean presentsToken(@Nullable String header) {
        if (token.length == 0 || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, token);
    }
}
