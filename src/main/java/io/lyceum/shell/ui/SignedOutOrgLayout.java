package io.lyceum.shell.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;

/**
 * The frame of an organization's error pages for someone not signed in there: the organization's
 * name and logo, as its sign-in page shows them, and nothing else of it.
 */
class SignedOutOrgLayout extends Div implements RouterLayout {

    SignedOutOrgLayout() {
        Tenant tenant = TenantContext.require();
        var logo = new Avatar(tenant.name());
        logo.setColorIndex((int) (tenant.id() % 7));
        logo.getElement().setAttribute("aria-hidden", "true");
        var brand = new Div(logo, new Span(tenant.name()));
        brand.addClassName("org-brand");
        var header = new Header(brand);
        header.addClassNames("app-header", "public-header");
        add(header);
    }
}
