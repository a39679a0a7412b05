package io.lyceum.identity.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.identity.UserService;

/**
 * Where a link to set a new password leads (asked for on the login page, or made by an admin): a
 * link that no longer works offers to ask for a new one.
 */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends PasswordLinkView {

    ResetPasswordView(UserService users) {
        super(users, "reset.link", askAgain());
    }

    private static Paragraph askAgain() {
        var link = new RouterLink(ForgotPasswordView.class);
        link.setText(link.getTranslation("reset.link.ask-again"));
        return new Paragraph(link);
    }
}
