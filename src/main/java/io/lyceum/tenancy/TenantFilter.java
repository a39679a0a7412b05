package io.lyceum.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
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
                request,
                response,
                HttpServletResponse.SC_NOT_FOUND,
                "Lyceum",
                "tenant-page.unknown",
                signup,
                "<strong>" + HtmlUtils.htmlEscape(host) + "</strong>");
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
            // Whoever was signed in is signed out: reactivation does not bring an old session back.
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // nothing to end
                }
            }
            page(
                    request,
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    name,
                    "tenant-page.suspended",
                    properties.platformUrl(request.getScheme(), "/"),
                    "");
        } else {
            response.setHeader("Retry-After", "300");
            page(
                    request,
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    name,
                    "tenant-page.maintenance",
                    // The same address (never the request's path written out: "//other.host/" would lead away).
                    "",
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
    /**
     * A page of its own, outside Vaadin, in the browser's language: {@code key.title}, {@code key.text}
     * (where {@code {0}} stands for {@code detailHtml}) and {@code key.action} from the UI's bundles.
     */
    /**
     * The visitor's language. Without an Accept-Language header the servlet API answers with the
     * server's default locale: then it is English, whatever the server's country.
     */
    static Locale language(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        return accepted == null || accepted.isBlank()
                ? Locale.ENGLISH
                : Locale.of(request.getLocale().getLanguage());
    }

    private static void page(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String brand,
            String key,
            String href,
            String detailHtml)
            throws IOException {
        // A language without a bundle reads English (the root bundle), never the server's.
        var bundle = ResourceBundle.getBundle(
                "i18n/messages",
                language(request),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String heading = HtmlUtils.htmlEscape(bundle.getString(key + ".title"), "UTF-8");
        String whatHappened =
                HtmlUtils.htmlEscape(bundle.getString(key + ".text"), "UTF-8").replace("{0}", detailHtml);
        String action = HtmlUtils.htmlEscape(bundle.getString(key + ".action"), "UTF-8");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s · %s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/lumo/lumo.css"><link rel="stylesheet" href="/lyceum/styles.css"></head>
                <body><header class="app-header public-header"><span class="org-brand">%s</span></header>
                <main class="page error-page"><h1>%s</h1><p>%s</p><a class="error-action" href="%s">%s</a></main>
                </body></html>
                """.formatted(
                        bundle.getLocale().getLanguage().isEmpty()
                                ? "en"
                                : bundle.getLocale().getLanguage(),
                        heading,
                        brand,
                        brand,
                        heading,
                        whatHappened,
                        HtmlUtils.htmlEscape(href),
                        action));
    }
}
