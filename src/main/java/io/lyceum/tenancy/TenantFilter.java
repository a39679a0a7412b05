package io.lyceum.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Resolves the organization from the request's host before Spring Security and Vaadin run. An
 * unknown host gets a 404 page, never a fallback organization. A session belongs to the host it was
 * created on (bound before the request runs if it exists, after it if the request created it):
 * presented on another organization's host it is invalidated, so nothing of one org's session
 * (login, Vaadin UI state) ever runs against another org's schema.
 */
class TenantFilter extends OncePerRequestFilter {

    static final String SESSION_ORG = TenantFilter.class.getName() + ".org";
    private static final String PLATFORM = "";
    private static final Logger log = LoggerFactory.getLogger(TenantFilter.class);

    private final TenancyProperties properties;
    private final TenantDirectory directory;

    TenantFilter(TenancyProperties properties, TenantDirectory directory) {
        this.properties = properties;
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = TenancyProperties.hostName(hostOf(request));
        Optional<TenantDirectory.Entry> entry;
        if (properties.isPlatformHost(host)) {
            entry = Optional.empty();
        } else {
            entry = properties
                    .subdomainOf(host)
                    .flatMap(label -> Slug.isValid(label) ? directory.findBySlug(label) : Optional.empty())
                    .or(() -> directory.findByCustomDomain(host));
            if (entry.isEmpty() || entry.get().status() == TenantStatus.PROVISIONING) {
                noSuchOrganization(request, response, host);
                return;
            }
            if (entry.get().status() != TenantStatus.ACTIVE) {
                unavailable(response, entry.get());
                return;
            }
        }
        Tenant tenant = entry.map(TenantDirectory.Entry::tenant).orElse(null);
        String org = tenant == null ? PLATFORM : tenant.slug();
        bindSession(request, org);
        TenantContext.set(tenant);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            // A session created during this request (the sign-in creates one) belongs to this host too.
            bindSession(request, org);
        }
    }

    /**
     * The host the client asked for. Behind a trusted proxy Tomcat's remote-IP valve has already
     * applied {@code X-Forwarded-Host} ({@code server.forward-headers-strategy=native}); the header
     * is never read directly, so a client cannot choose an organization by forging it.
     */
    private static String hostOf(HttpServletRequest request) {
        return request.getServerName();
    }

    private static void bindSession(HttpServletRequest request, String org) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            Object bound = session.getAttribute(SESSION_ORG);
            if (bound == null) {
                session.setAttribute(SESSION_ORG, org);
            } else if (!Objects.equals(bound, org)) {
                log.warn("Session created on '{}' presented on '{}': invalidated", bound, org);
                session.invalidate();
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // nothing to protect
        }
    }

    private void noSuchOrganization(HttpServletRequest request, HttpServletResponse response, String host)
            throws IOException {
        String signup = properties.platformUrl(request.getScheme(), "/signup");
        page(
                response,
                HttpServletResponse.SC_NOT_FOUND,
                "No organization at this address",
                "There is no organization at <strong>" + HtmlUtils.htmlEscape(host) + "</strong>. "
                        + "Check the address, or <a href=\"" + HtmlUtils.htmlEscape(signup)
                        + "\">sign your organization up</a>.");
    }

    private static void unavailable(HttpServletResponse response, TenantDirectory.Entry entry) throws IOException {
        String why = entry.status() == TenantStatus.SUSPENDED
                ? "This organization is suspended."
                : "This organization is under maintenance. Please try again later.";
        page(
                response,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                HtmlUtils.htmlEscape(entry.tenant().name()),
                why);
    }

    private static void page(HttpServletResponse response, int status, String title, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s · Lyceum</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem;\
                color:#1b2733}a{color:#0b5cad}</style></head>
                <body><main><h1>%s</h1><p>%s</p></main></body></html>
                """.formatted(title, title, body));
    }
}
