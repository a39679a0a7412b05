package io.lyceum.audit;

import io.lyceum.identity.LyceumUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and failed attempts, from Spring Security's own events, into the log of the host they
 * happened on (an organization's, or the platform's for staff). A failure is recorded under the email
 * that was typed, with no hint of whether such an account exists.
 */
@Component
class SignInAudit {

    static final String SIGNED_IN = "sign-in";
    static final String FAILED = "sign-in.failed";

    private final AuditLog log;

    SignInAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LyceumUser user) {
            log.recordNow(AuditActor.of(user), SIGNED_IN, null, null);
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName() == null
                ? ""
                : event.getAuthentication().getName().strip();
        String reason = event instanceof AuthenticationFailureLockedEvent
                ? "locked"
                : event instanceof AuthenticationFailureDisabledEvent ? "deactivated" : "bad-credentials";
        log.recordNow(AuditActor.visitor(typed), FAILED, typed, reason);
    }
}
