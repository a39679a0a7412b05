package io.lyceum.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response, set before anything else answers (the host filter's own pages,
 * verification, files, Vaadin): no content sniffing, no referrer beyond the own origin (invitation
 * tokens are in URLs), no framing at all, HSTS behind TLS, and a strict content security
 * policy for pages the server writes itself. Vaadin's page replaces that policy with its own
 * ({@link ContentSecurityPolicy#APP}), carrying a fresh nonce.
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String REFERRER_POLICY = "same-origin";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        // "same-origin", not "no-referrer": with no-referrer browsers send "Origin: null" on the sign-in
        // post, which the login's origin check must refuse.
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.SERVER_PAGES);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
