package io.lyceum.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.plugin.LyceumPlugin;
import io.lyceum.plugin.PluginRegistry;
import io.lyceum.plugin.PluginService;
import io.lyceum.plugin.PluginState;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.PermitAll;

/** Shown, at the address asked for, when a plugin's page is not available to this organization. */
@Route(value = "unavailable/:plugin", layout = OrgLayout.class)
@PageTitle("Not available")
@PermitAll
class PluginUnavailableView extends Main implements BeforeEnterObserver {

    private final PluginService plugins;
    private final PluginRegistry registry;

    PluginUnavailableView(PluginService plugins, PluginRegistry registry) {
        this.plugins = plugins;
        this.registry = registry;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("plugin").orElse("");
        removeAll();
        var state = plugins.states().stream()
                .filter(s -> s.plugin().id().equals(id))
                .findFirst();
        String name = registry.find(id).map(LyceumPlugin::name).orElse("This feature");
        String explanation = state.flatMap(PluginState::unavailableReason)
                .orElse(name + " is not installed in your organization. An administrator can install it under "
                        + "Admin → Plugins.");
        boolean inPlan = state.map(PluginState::inPlan).orElse(false);
        add(new EmptyState(inPlan ? name + " is not installed" : name + " is not available on your plan", explanation));
    }
}
