package io.lyceum.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import io.lyceum.base.ui.ErrorLayout;
import io.lyceum.base.ui.ErrorPages;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.Role;
import io.lyceum.plugin.LyceumPlugin;
import io.lyceum.plugin.PluginNotAvailableException;
import io.lyceum.plugin.PluginRegistry;
import io.lyceum.plugin.PluginService;
import io.lyceum.plugin.PluginState;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, at the address asked for and with 403, when a plugin's page is not available to this
 * organization: not in its plan, or not installed. Admins get the way to the plugins page.
 */
@ParentLayout(ErrorLayout.class)
@PageTitle("Not available")
@PermitAll
class PluginUnavailableView extends Main implements HasErrorParameter<PluginNotAvailableException> {

    static final String SOME_FEATURE = "This feature";
    static final String NOT_INSTALLED = "%s is not installed";
    static final String NOT_IN_PLAN = "%s is not available on your plan";
    static final String INSTALL_EXPLANATION =
            "%s is not installed in your organization. An administrator can install it under Admin → Plugins.";
    static final String MANAGE_PLUGINS = "Go to Plugins";

    private final PluginService plugins;
    private final PluginRegistry registry;
    private final CurrentUser currentUser;
    private final ErrorPages pages;

    PluginUnavailableView(PluginService plugins, PluginRegistry registry, CurrentUser currentUser, ErrorPages pages) {
        this.plugins = plugins;
        this.registry = registry;
        this.currentUser = currentUser;
        this.pages = pages;
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PluginNotAvailableException> parameter) {
        String id = parameter.getException().pluginId();
        var state = plugins.states().stream()
                .filter(s -> s.plugin().id().equals(id))
                .findFirst();
        String name = registry.find(id).map(LyceumPlugin::name).orElse(SOME_FEATURE);
        String explanation = state.flatMap(PluginState::unavailableReason).orElse(INSTALL_EXPLANATION.formatted(name));
        boolean inPlan = state.map(PluginState::inPlan).orElse(false);
        ErrorPages.show(
                this,
                (inPlan ? NOT_INSTALLED : NOT_IN_PLAN).formatted(name),
                explanation,
                currentUser.has(Role.ADMIN) ? ErrorPages.action(MANAGE_PLUGINS, "/admin/plugins") : pages.home());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
