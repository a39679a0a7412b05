package io.lyceum.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import io.lyceum.base.i18n.Moments;
import io.lyceum.identity.LyceumUser;
import io.lyceum.shell.LayoutNotice;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.TenantContext;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * On every page of a support sign-in: that it is read-only, why, until when, and a button that ends
 * the session now and goes back to the console.
 */
@org.springframework.stereotype.Component
class SupportNotice implements LayoutNotice {

    private final SupportAccess access;
    private final TenancyProperties tenancy;

    SupportNotice(SupportAccess access, TenancyProperties tenancy) {
        this.access = access;
        this.tenancy = tenancy;
    }

    @Override
    public Optional<Component> notice(LyceumUser user) {
        SupportGrant grant =
                SupportAccess.grantOf(SecurityContextHolder.getContext().getAuthentication());
        if (grant == null || !user.staff()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        var moments = new Moments(ui.getLocale(), TenantContext.require().timeZone());
        var text = new Span(ui.getTranslation("support.banner", grant.reason(), moments.dateTime(grant.expiresAt())));
        var end = new Button(ui.getTranslation("support.banner.end"), click -> {
            access.endOwn(grant);
            String console = tenancy.platformUrl(scheme(), "/console/support");
            VaadinSession.getCurrent().getSession().invalidate();
            ui.getPage().setLocation(console);
        });
        end.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var banner = new Div(text, new Span(" "), end);
        banner.addClassNames("notice", "warning", "support-notice");
        banner.getElement().setAttribute("role", "status");
        return Optional.of(banner);
    }

    private static String scheme() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.isSecure() ? "https" : "http";
    }
}
