package io.lyceum.support;

import io.lyceum.identity.Role;
import io.lyceum.tenancy.SupportMode;
import io.lyceum.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /support/enter/<token>} on an organization's host: the staff member's browser arrives
 * here from the console with a one-time token and leaves with a read-only sign-in of its own on
 * this host (a new session; any session the browser had here ends). An unknown, used, expired or
 * foreign token answers 404.
 */
@Controller
class SupportEntryController {

    private final SupportAccess access;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SupportEntryController(SupportAccess access) {
        this.access = access;
    }

    @GetMapping("/support/enter/{token}")
    void enter(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (TenantContext.current().isEmpty() || token.length() > 64) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var entered = access.enter(token);
        if (entered.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        var authorities = new ArrayList<GrantedAuthority>();
        for (Role role : entered.get().user().roles()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        authorities.add(new SimpleGrantedAuthority(SupportMode.AUTHORITY));
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(entered.get().user(), null, authorities);
        authentication.setDetails(entered.get().grant());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect("/admin");
    }
}
