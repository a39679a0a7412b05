package io.lyceum.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Roles;
import io.lyceum.tenancy.PlatformPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;

/** The staff console's frame: base domain only, platform staff only; other modules' console pages use it too. */
@RolesAllowed(Roles.STAFF)
public class ConsoleLayout extends Div implements RouterLayout, PlatformPage {

    /** The billing module's console page. */
    static final String BILLING = "console/billing";

    /** The mail module's console pages: monthly counts and failures, and the dev mailbox. */
    static final String MAIL = "console/mail";

    static final String MAILBOX = "console/mailbox";
    static final String SUPPORT = "console/support";

    /** The portability module's console page: importing an organization export. */
    static final String IMPORT = "console/import";
    /** The console module's platform health page. */
    static final String HEALTH = "console/health";

    ConsoleLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        var brand = new Span(getTranslation("console.brand"));
        brand.addClassName("org-brand");
        var spacer = new Span();
        spacer.addClassName("spacer");
        var signOut = new Button(getTranslation("console.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new Header(
                brand,
                spacer,
                new Span(currentUser.get().map(LyceumUser::displayName).orElse("")),
                signOut);
        header.addClassNames("app-header", "public-header");
        add(header, navigation());
    }

    /**
     * The console's pages: organizations, plans and — pages of the console, billing and mail modules,
     * found by their addresses — health, billing, mail and the dev mailbox; the current one is highlighted.
     */
    private Nav navigation() {
        var links = new ArrayList<RouterLink>();
        links.add(new RouterLink(getTranslation("console.nav.organizations"), ConsoleView.class));
        links.add(new RouterLink(getTranslation("console.nav.plans"), PlansView.class));
        RouteConfiguration.forApplicationScope()
                .getRoute(HEALTH)
                .ifPresent(health -> links.add(new RouterLink(getTranslation("console.nav.health"), health)));
        RouteConfiguration.forApplicationScope()
                .getRoute(BILLING)
                .ifPresent(billing -> links.add(new RouterLink(getTranslation("console.nav.billing"), billing)));
        RouteConfiguration.forApplicationScope()
                .getRoute(MAIL)
                .ifPresent(mail -> links.add(new RouterLink(getTranslation("mailcore.nav.mail"), mail)));
        RouteConfiguration.forApplicationScope()
                .getRoute(MAILBOX)
                .ifPresent(mailbox -> links.add(new RouterLink(getTranslation("mailcore.nav.mailbox"), mailbox)));
        RouteConfiguration.forApplicationScope()
                .getRoute(SUPPORT)
                .ifPresent(support -> links.add(new RouterLink(getTranslation("console.nav.support"), support)));
        RouteConfiguration.forApplicationScope()
                .getRoute(IMPORT)
                .ifPresent(page -> links.add(new RouterLink(getTranslation("console.nav.import"), page)));
        for (RouterLink link : links) {
            link.setHighlightCondition(HighlightConditions.sameLocation());
        }
        var nav = new Nav(links.toArray(RouterLink[]::new));
        nav.addClassName("console-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("console.nav"));
        return nav;
    }
}
