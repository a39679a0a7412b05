package io.lyceum.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.identity.UserService;
import io.lyceum.plugin.PluginService;
import io.lyceum.plugin.PluginState;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's overview of the organization. */
@Route(value = "admin", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class AdminHomeView extends Main implements HasDynamicTitle {

    final Span members = new Span();
    final Span activePlugins = new Span();

    AdminHomeView(UserService users, PluginService plugins) {
        Tenant tenant = TenantContext.require();
        addClassName("page");
        add(new PageHeader(
                tenant.name(),
                getTranslation(
                        "admin-home.lead", tenant.planName(), tenant.timeZone().getId())));
        members.setText(getTranslation("admin-home.members", users.count()));
        activePlugins.setText(getTranslation(
                "admin-home.active-plugins",
                plugins.states().stream().filter(PluginState::active).count()));

        var people = new Card();
        people.setTitle(getTranslation("admin-home.people"));
        people.add(members);
        var pluginCard = new Card();
        pluginCard.setTitle(getTranslation("admin-home.plugins"));
        pluginCard.add(activePlugins);
        pluginCard.addToFooter(new Button(
                getTranslation("admin-home.manage-plugins"),
                click -> getUI().ifPresent(ui -> ui.navigate("admin/plugins"))));
        var cards = new Div(people, pluginCard);
        cards.addClassName("features");
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-home.page-title");
    }
}
