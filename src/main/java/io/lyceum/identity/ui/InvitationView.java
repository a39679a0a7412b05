package io.lyceum.identity.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.identity.UserService;

/** Where an invitation link leads: the new member chooses their password and joins. */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends PasswordLinkView {

    InvitationView(UserService users) {
        super(users, "invitation");
    }
}
