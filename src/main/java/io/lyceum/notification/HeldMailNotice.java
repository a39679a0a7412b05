package io.lyceum.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.shell.LayoutNotice;
import java.util.Optional;

/**
 * Admins of an organization whose mail is held see, on every page, how much and what to do: verify
 * a sender domain of its own (past the shared domain's monthly allowance) or look at the plan.
 */
@org.springframework.stereotype.Component
class HeldMailNotice implements LayoutNotice {

    /** The sender domain page of the admin panel (the sender domains part of the mail module). */
    static final String DOMAIN_PAGE = "admin/email/domain";

    static final String BILLING_PAGE = "admin/billing";

    private final MailOutbox outbox;

    HeldMailNotice(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Optional<Component> notice(LyceumUser user) {
        if (!user.has(Role.ADMIN)) {
            return Optional.empty();
        }
        long domain = outbox.held(HoldReason.DOMAIN);
        long plan = outbox.held(HoldReason.PLAN);
        if (domain == 0 && plan == 0) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        var banner = new Div();
        if (domain > 0) {
            banner.add(
                    new Span(ui.getTranslation("mailcore.held.domain", domain)),
                    new Span(" "),
                    new Anchor(DOMAIN_PAGE, ui.getTranslation("mailcore.held.domain.fix")));
        }
        if (plan > 0) {
            if (domain > 0) {
                banner.add(new Span(" "));
            }
            banner.add(
                    new Span(ui.getTranslation("mailcore.held.plan", plan)),
                    new Span(" "),
                    new Anchor(BILLING_PAGE, ui.getTranslation("mailcore.held.plan.fix")));
        }
        banner.addClassNames("notice", "warning", "held-mail-notice");
        banner.getElement().setAttribute("role", "alert");
        return Optional.of(banner);
    }
}
