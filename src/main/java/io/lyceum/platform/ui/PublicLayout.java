package io.lyceum.platform.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.tenancy.PlatformPage;

/** The public site's frame on the base domain. */
@AnonymousAllowed
class PublicLayout extends AppLayout implements PlatformPage {

    PublicLayout() {
        var brand = new Anchor("/", "Lyceum");
        brand.addClassName("org-brand");
        var spacer = new Span();
        spacer.addClassName("spacer");
        var header = new Div(brand, spacer, new Anchor("/signup", "Sign up"), new Anchor("/console", "Staff"));
        header.addClassNames("app-header", "px-m", "gap-m");
        addToNavbar(header);
    }
}
