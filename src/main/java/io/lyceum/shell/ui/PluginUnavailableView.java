package io.lyceum.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.lyceum.base.ui.ErrorLayout;
import io.lyceum.base.ui.ErrorPage;
import io.lyceum.base.ui.ErrorPages;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.Role;
import io.lyceum.plugin.PluginNotAvailableException;
import io.lyceum.plugin.PluginRegistry;
import io.lyceum.plugin.PluginService;
import io.lyceum.plugin.PluginState;
import io.lyceum.plugin.PluginTexts;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, at the address asked for and with 403, when a plugin's page is not available to this
 * organization: not in its plan, or not installed. Admins get the way to the plugins page.
 */
@ParentLayout(ErrorLayout.class)
@PermitAll
class PluginUnavailableView extends ErrorPage implements HasErrorParameter<PluginNotAvailableException> {

    private final PluginService plugins;
    private final PluginRegistry registry;
    private final CurrentUser currentUser;
    private final ErrorPages pages;
    private final PluginTexts texts;

    PluginUnavailableView(
            PluginService plugins,
            PluginRegistry registry,
            CurrentUser currentUser,
            ErrorPages pages,
            PluginTexts texts) {
        this.plugins = plugins;
        this.registry = registry;
        this.currentUser = currentUser;
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PluginNotAvailableException> parameter) {
        String id = parameter.getException().pluginId();
        var state = plugins.states().stream()
                .filter(s -> s.plugin().id().equals(id))
                .findFirst();
        String name = registry.find(id)
                .map(plugin -> texts.name(plugin, getLocale()))
                .orElse(getTranslation("error.plugin.some-feature"));
        boolean inPlan = state.map(PluginState::inPlan).orElse(false);
        var action = currentUser.has(Role.ADMIN)
                ? ErrorPages.action(getTranslation("error.plugin.manage"), "/admin/plugins")
                : pages.home(this);
        String key = inPlan ? "error.plugin.not-installed" : "error.plugin.not-in-plan";
        // The plan's own reason, when it gives one, says more than the general sentence.
        showTexts(
                getTranslation(key + ".title", name),
                state.flatMap(s -> texts.unavailableReason(s, getLocale())).orElse(getTranslation(key + ".text", name)),
                action);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
