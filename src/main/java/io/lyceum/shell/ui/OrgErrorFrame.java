package io.lyceum.shell.ui;

import io.lyceum.base.ui.ErrorPageFrame;
import io.lyceum.identity.CurrentUser;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Error pages on an organization's host: inside the organization's layout for its signed-in members;
 * for anyone else in a frame with only the organization's name, and the way to sign in.
 */
@Component
class OrgErrorFrame implements ErrorPageFrame {

    static final String HOME = "Go to the start page";
    static final String SIGN_IN = "Sign in";

    private final CurrentUser currentUser;

    OrgErrorFrame(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Frame> current() {
        if (TenantContext.current().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                currentUser.get().isPresent()
                        ? new Frame(OrgLayout.class, HOME, "/")
                        : new Frame(SignedOutOrgLayout.class, SIGN_IN, "/login"));
    }
}
