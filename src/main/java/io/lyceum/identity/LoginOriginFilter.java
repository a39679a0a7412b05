package io.lyceum.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in posts sent from another site. Vaadin's security set-up exempts the login form
 * from CSRF tokens (the login web component posts natively), so a foreign page could otherwise
 * sign a victim into the attacker's account ("login CSRF"). Browsers name the posting page in
 * {@code Origin}; it must be this very origin (scheme, host and port).
 */
class LoginOriginFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            // A plain answer, not sendError: an error dispatch would be redirected to the login page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in from another site is not allowed.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Scheme, host and port must all match: another port on the same host name is another site
     * (any local service could post). Behind a trusted proxy the request's scheme and port are the
     * ones the client used (Tomcat's remote-IP valve applies the forwarded headers).
     */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            String scheme = request.getScheme();
            return uri.getHost() != null
                    && scheme.equalsIgnoreCase(uri.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && portOf(uri.getPort(), uri.getScheme()) == portOf(request.getServerPort(), scheme);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int portOf(int port, String scheme) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
