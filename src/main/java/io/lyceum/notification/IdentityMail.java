package io.lyceum.notification;

import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.InvitationCreated;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.MemberJoined;
import io.lyceum.identity.PasswordResetRequested;
import io.lyceum.tenancy.TenantContext;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail about a person's account: the invitation, the link to set a new password, the welcome once
 * they joined. Synchronous listeners: the mail is queued in the transaction that stored the token,
 * so there is never a token without its mail, nor a mail with a token that was rolled back.
 */
@Component
class IdentityMail {

    private final Mails mails;
    private final CurrentUser currentUser;

    IdentityMail(Mails mails, CurrentUser currentUser) {
        this.mails = mails;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(InvitationCreated invited) {
        var to = mails.member(invited.userId(), invited.email(), invited.displayName());
        mails.queue(
                MailKind.INVITATION,
                to,
                Map.of(
                        "inviter", inviter(),
                        "link", invited.link(),
                        "expiresOn", Mails.moments(to).date(invited.expiresAt())));
    }

    @EventListener
    void on(PasswordResetRequested requested) {
        var to = mails.member(requested.userId(), requested.email(), requested.displayName());
        mails.queue(MailKind.PASSWORD_RESET, to, Map.of("link", requested.link()));
    }

    @EventListener
    void on(MemberJoined joined) {
        var to = mails.member(joined.userId(), joined.email(), joined.displayName());
        mails.queue(MailKind.WELCOME, to, Map.of("link", mails.branding().homeUrl()));
    }

    /**
     * Who sends the invitation: the admin or instructor signed in (a CSV import's worker carries
     * their security context); staff in a support session and anything else speak as the organization.
     */
    private String inviter() {
        return currentUser
                .get()
                .filter(user -> !user.staff()
                        && user.org().equals(TenantContext.require().slug()))
                .map(LyceumUser::displayName)
                .orElseGet(() -> TenantContext.require().name());
    }
}
