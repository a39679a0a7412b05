package io.lyceum.plugin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.lyceum.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Server-side gate for plugin views: navigating to a view of a plugin that is not installed or not
 * in the plan shows the "not available" page (an error page, 403) at the same address, whatever the
 * menu showed; nothing of the plugin's view is made.
 */
@Component
class PluginAccessGuard implements VaadinServiceInitListener {

    private final PluginService plugins;

    PluginAccessGuard(PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (TenantContext.current().isEmpty()) {
            return; // no organization's page on the base domain: AudienceGuard answers "not found"
        }
        PluginView view = event.getNavigationTarget().getAnnotation(PluginView.class);
        if (view != null && !plugins.isActive(view.value())) {
            event.rerouteToError(
                    new PluginNotAvailableException(view.value(), "Plugin " + view.value() + " is not active here"),
                    "");
        }
    }
}
