package io.lyceum.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.tenancy.PlatformPage;

/** The public site's frame on the base domain: a top bar, no drawer. */
@AnonymousAllowed
class PublicLayout extends Div implements RouterLayout, PlatformPage {

    PublicLayout() {
        var brand = new Anchor("/", getTranslation("public.brand"));
        brand.addClassName("org-brand");
        var spacer = new Span();
        spacer.addClassName("spacer");
        var header = new Header(
                brand,
                spacer,
                new Anchor("/signup", getTranslation("public.signup")),
                new Anchor("/console", getTranslation("public.staff-sign-in")));
        header.addClassNames("app-header", "public-header");
        add(header);
    }
}
