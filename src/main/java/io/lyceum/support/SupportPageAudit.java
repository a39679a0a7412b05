package io.lyceum.support;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.lyceum.audit.AuditActor;
import io.lyceum.audit.AuditLog;
import io.lyceum.identity.LyceumUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records every page a support sign-in is shown, in the organization's log (its admins see it) and
 * the platform's, with the session's reason, each committed at once.
 */
@Component
class SupportPageAudit implements VaadinServiceInitListener {

    static final String VIEWED = "support.page-viewed";

    private final AuditLog audit;

    SupportPageAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
                    Authentication authentication =
                            SecurityContextHolder.getContext().getAuthentication();
                    SupportGrant grant = SupportAccess.grantOf(authentication);
                    if (grant != null && authentication.getPrincipal() instanceof LyceumUser staff) {
                        String page = "/" + navigation.getLocation().getPathWithQueryParameters();
                        var actor = AuditActor.of(staff);
                        audit.recordNow(actor, VIEWED, page, grant.reason());
                        audit.recordForPlatformNow(actor, grant.organizationId(), VIEWED, page, grant.reason());
                    }
                }));
    }
}
