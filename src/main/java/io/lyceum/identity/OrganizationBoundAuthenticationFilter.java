package io.lyceum.identity;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in holds only on the host it happened on. Runs right after Spring Security has loaded the
 * session's security context and before anything checks a role: a principal of another
 * organization (or staff on an organization's host, or a member on the base domain) is dropped and
 * its session ends, so no view, endpoint or role check ever sees it. {@code TenantFilter} binds
 * sessions to their host as well; this check does not depend on that binding having happened.
 */
class OrganizationBoundAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OrganizationBoundAuthenticationFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LyceumUser user) {
            String host = TenantContext.current().map(Tenant::slug).orElse("");
            if (!user.org().equals(host)) {
                log.warn("A sign-in of '{}' was presented on '{}': signed out", user.org(), host);
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
