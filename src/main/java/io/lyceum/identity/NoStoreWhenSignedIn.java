package io.lyceum.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing a signed-in person is shown is kept by the browser or a shared cache (a page, a file, a
 * download: the next person at the computer must not find it with the back button). Whatever the
 * application itself says about caching is overridden; the app's static files (scripts, styles,
 * the same for everyone) keep theirs.
 */
class NoStoreWhenSignedIn extends OncePerRequestFilter {

    static final String NO_STORE = "no-store";
    private static final List<String> STATIC =
            List.of("/VAADIN/build/", "/VAADIN/static/", "/lyceum/", "/lumo/", "/favicon.ico");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof LyceumUser)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", NO_STORE);
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!isCacheHeader(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!isCacheHeader(name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    private static boolean isCacheHeader(String name) {
        return name.equalsIgnoreCase("Cache-Control")
                || name.equalsIgnoreCase("Expires")
                || name.equalsIgnoreCase("Pragma")
                || name.equalsIgnoreCase("ETag")
                || name.equalsIgnoreCase("Last-Modified");
    }
}
