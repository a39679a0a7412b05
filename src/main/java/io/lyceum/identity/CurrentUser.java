package io.lyceum.identity;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in person, honoured only on the host they signed in on: a principal from another
 * organization (or staff on an organization's host) reads as nobody.
 */
@Component
public class CurrentUser {

    public Optional<LyceumUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof LyceumUser user)) {
            return Optional.empty();
        }
        String org = TenantContext.current().map(Tenant::slug).orElse("");
        return user.org().equals(org) ? Optional.of(user) : Optional.empty();
    }

    public LyceumUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in here"));
    }

    public boolean has(Role role) {
        return get().map(user -> user.has(role)).orElse(false);
    }
}
