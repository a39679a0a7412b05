package io.lyceum.support;

import io.lyceum.audit.AuditActor;
import io.lyceum.audit.AuditLog;
import io.lyceum.identity.LyceumUser;
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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a support sign-in: refused once its session has ended or expired (or on another
 * organization's host), and recorded on both sides when it fetches something outside the pages
 * (files, certificate PDFs, downloads) — pages are recorded as they are shown ({@link SupportPageAudit}).
 * Runs after Spring Security has loaded the sign-in.
 */
@Component
class SupportSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SupportSessionFilter.class);
    static final String FETCHED = "support.fetched";

    private final SupportAccess access;
    private final AuditLog audit;

    SupportSessionFilter(SupportAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SupportGrant grant = SupportAccess.grantOf(authentication);
        if (grant != null && authentication.getPrincipal() instanceof LyceumUser staff) {
            long here = TenantContext.current().map(Tenant::id).orElse(-1L);
            if (here != grant.organizationId() || !access.holds(grant)) {
                log.info("Support session {} is over: signed out", grant.sessionId());
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (fetchesOutsidePages(request)) {
                String what = request.getMethod() + " " + request.getRequestURI();
                var actor = AuditActor.of(staff);
                audit.recordNow(actor, FETCHED, what, grant.reason());
                audit.recordForPlatformNow(actor, grant.organizationId(), FETCHED, what, grant.reason());
            }
        }
        chain.doFilter(request, response);
    }

    /** Files, PDFs and downloads; not Vaadin's own traffic (pages, their updates, static resources). */
    static boolean fetchesOutsidePages(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/VAADIN/dynamic/")) {
            return true;
        }
        if (request.getParameter("v-r") != null || path.startsWith("/VAADIN/") || path.startsWith("/lyceum/")) {
            return false;
        }
        return path.startsWith("/files/") || path.startsWith("/certificates/") || path.startsWith("/mail/");
    }
}
