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
 * unknown host gets a 404 page, never a fallback organization; a suspended organization a 403 page,
 * one under maintenance a 503 page: nothing of theirs runs (no sign-in, no session, no schema). A
 * session belongs to the host it was created on (bound before the request runs if it exists, after it
 * if the request created it): presented on another organization's host it is invalidated, so nothing
 * of one org's session (login, Vaadin UI state) ever runs against another org's schema.
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
            boolean served = entry.isPresent() && entry.get().status() == TenantStatus.ACTIVE;
            if (!served && isSharedStylesheet(request)) {
                chain.doFilter(request, response);
                return;
            }
            if (entry.isEmpty() || entry.get().status() == TenantStatus.PROVISIONING) {
                noSuchOrganization(request, response, host);
                return;
            }
            if (!served) {
                unavailable(request, response, entry.get());
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
                "Lyceum",
                "No organization at this address",
                "There is no organization at <strong>" + HtmlUtils.htmlEscape(host) + "</strong>; check the address.",
                "Sign your organization up",
                signup);
    }

    /**
     * A suspended organization is refused (403: it exists, and is not served by decision, not by a
     * failure); one whose migration failed is down for maintenance (503, try again later). Its name
     * frames the page, nothing else of it is read.
     */
    private void unavailable(HttpServletRequest request, HttpServletResponse response, TenantDirectory.Entry entry)
            throws IOException {
        String name = HtmlUtils.htmlEscape(entry.tenant().name());
        if (entry.status() == TenantStatus.SUSPENDED) {
            page(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    name,
                    "This organization is suspended",
                    "Its courses and pages are not available while it is suspended.",
                    "Go to Lyceum",
                    properties.platformUrl(request.getScheme(), "/"));
        } else {
            response.setHeader("Retry-After", "300");
            page(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    name,
                    "Down for maintenance",
                    "This organization's pages are being updated and will be back shortly.",
                    "Try again",
                    // The same address (never the request's path written out: "//other.host/" would lead away).
                    "");
        }
    }

    /**
     * The stylesheets of the pages below: the same for every host and nothing of any organization, so
     * they are served on hosts that are not (the pages would be unstyled otherwise).
     */
    private static boolean isSharedStylesheet(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && path.endsWith(".css")
                && !path.contains("..")
                && (path.startsWith("/lyceum/") || path.startsWith("/lumo/"));
    }

    /**
     * The host's own answer, in the markup and classes of the application's error pages (a heading,
     * one sentence, one way on) and with its stylesheets; escaped text only, no script, no inline style.
     */
    private static void page(
            HttpServletResponse response,
            int status,
            String brand,
            String heading,
            String whatHappened,
            String action,
            String href)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s · %s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/lumo/lumo.css"><link rel="stylesheet" href="/lyceum/styles.css"></head>
                <body><header class="app-header public-header"><span class="org-brand">%s</span></header>
                <main class="page error-page"><h1>%s</h1><p>%s</p><a class="error-action" href="%s">%s</a></main>
                </body></html>
                """.formatted(heading, brand, brand, heading, whatHappened, HtmlUtils.htmlEscape(href), action));
    }
}
