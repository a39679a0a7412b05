package io.lyceum.identity;

import io.lyceum.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Ends a member's sessions once the caller's transaction commits, for changes made outside
 * {@link UserService} (a member anonymized or deleted by the portability module): this node at once,
 * other nodes within {@link SignInStamps#TTL}, as the changed stamp or the missing member says.
 */
@Component
public class MemberSessions {

    private final SignInStamps stamps;

    MemberSessions(SignInStamps stamps) {
        this.stamps = stamps;
    }

    @AdminsOnly
    public void endAll(long userId) {
        stamps.signInsEnded(TenantContext.require().slug(), userId);
    }
}
