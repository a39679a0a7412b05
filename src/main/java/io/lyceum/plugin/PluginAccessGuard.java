package io.lyceum.plugin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Server-side gate for plugin views: navigating to a view of a plugin that is not installed or not
 * in the plan shows the "not available" page at the same address, whatever the menu showed.
 */
@Component
class PluginAccessGuard implements VaadinServiceInitListener {

    /** Route of the page that explains why a plugin is not available; the plugin id follows. */
    static final String UNAVAILABLE_ROUTE = "unavailable";

    private final PluginService plugins;

    PluginAccessGuard(PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        PluginView view = event.getNavigationTarget().getAnnotation(PluginView.class);
        if (view != null && !plugins.isActive(view.value())) {
            event.rerouteTo(UNAVAILABLE_ROUTE + "/" + view.value());
        }
    }
}
