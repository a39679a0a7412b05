package io.lyceum.identity;

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
 * Ends a member's session whose sign-in no longer holds ({@link SignInStamps}): made before their
 * password changed, or the member is disabled or gone. Runs right after the session is checked
 * against its organization and before anything checks a role, so nothing sees such a sign-in.
 */
class StaleSignInFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StaleSignInFilter.class);

    private final SignInStamps stamps;

    StaleSignInFilter(SignInStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LyceumUser user && !user.staff()) {
            HttpSession session = request.getSession(false);
            if (session == null || !stamps.holds(session, user)) {
                log.info(
                        "A sign-in of member {} on '{}' ended by a new password (or the member is disabled)",
                        user.id(),
                        user.org());
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
