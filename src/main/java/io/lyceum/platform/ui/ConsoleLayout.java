package io.lyceum.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Roles;
import io.lyceum.tenancy.PlatformPage;
import jakarta.annotation.security.RolesAllowed;

/** The staff console's frame: base domain only, platform staff only. */
@RolesAllowed(Roles.STAFF)
class ConsoleLayout extends Div implements RouterLayout, PlatformPage {

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

    /** The console's pages: organizations and plans; the current one is highlighted. */
    private Nav navigation() {
        var organizations = new RouterLink(getTranslation("console.nav.organizations"), ConsoleView.class);
        var plans = new RouterLink(getTranslation("console.nav.plans"), PlansView.class);
        for (RouterLink link : new RouterLink[] {organizations, plans}) {
            link.setHighlightCondition(HighlightConditions.sameLocation());
        }
        var nav = new Nav(organizations, plans);
        nav.addClassName("console-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("console.nav"));
        return nav;
    }
}
