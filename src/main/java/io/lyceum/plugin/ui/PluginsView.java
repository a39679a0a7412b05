package io.lyceum.plugin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginNotAvailableException;
import io.lyceum.plugin.PluginService;
import io.lyceum.plugin.PluginState;
import io.lyceum.plugin.PluginTexts;
import jakarta.annotation.security.RolesAllowed;

/**
 * Install and uninstall plugins; those outside the plan are shown with the reason. Shown inside the
 * organization's layout, which takes admin pages that name none ({@code @Layout("/admin")} on
 * {@code shell.OrgLayout}): the shell depends on this module, so this page cannot name its layout.
 */
@Route("admin/plugins")
@RolesAllowed(Roles.ADMIN)
class PluginsView extends Main implements HasDynamicTitle {

    final Div cards = new Div();
    private final PluginService plugins;
    private final PluginTexts texts;

    PluginsView(PluginService plugins, PluginTexts texts) {
        this.plugins = plugins;
        this.texts = texts;
        addClassName("page");
        cards.addClassName("features");
        add(new PageHeader(getTranslation("plugins.title"), getTranslation("plugins.lead")), cards);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.page-title");
    }

    private void refresh() {
        cards.removeAll();
        plugins.states().forEach(state -> cards.add(card(state)));
    }

    private Card card(PluginState state) {
        String name = texts.name(state.plugin(), getLocale());
        var card = new Card();
        card.addClassName("plugin-card");
        card.setTitle(name);
        card.setSubtitle(
                new Paragraph(getTranslation(state.installed() ? "plugins.installed" : "plugins.not-installed")));
        card.add(new Paragraph(texts.description(state.plugin(), getLocale())));
        texts.unavailableReason(state, getLocale()).ifPresent(reason -> {
            var why = new Paragraph(reason);
            why.addClassName("reason");
            card.add(why);
        });
        Button action;
        if (state.installed()) {
            action = new Button(getTranslation("plugins.uninstall"), click -> confirmUninstall(state, name));
            action.addThemeVariants(ButtonVariant.LUMO_ERROR);
            action.setAriaLabel(getTranslation("plugins.uninstall.aria", name));
        } else {
            action = new Button(
                    getTranslation("plugins.install"),
                    click -> run(
                            () -> plugins.install(state.plugin().id()),
                            state,
                            getTranslation("plugins.install.done", name)));
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action.setEnabled(state.inPlan());
            action.setAriaLabel(getTranslation("plugins.install.aria", name));
        }
        card.addToFooter(action);
        return card;
    }

    private void confirmUninstall(PluginState state, String name) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("plugins.uninstall.title", name));
        dialog.setText(getTranslation("plugins.uninstall.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("plugins.cancel"));
        dialog.setConfirmText(getTranslation("plugins.uninstall"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> run(
                () -> plugins.uninstall(state.plugin().id()), state, getTranslation("plugins.uninstall.done", name)));
        dialog.open();
    }

    private void run(Runnable change, PluginState state, String success) {
        try {
            change.run();
            Toast.success(success);
        } catch (PluginNotAvailableException e) {
            // The plan changed since the page was shown.
            Toast.error(getTranslation("plugins.refused", texts.name(state.plugin(), getLocale())));
        }
        refresh();
        // The side navigation lists plugin pages: rebuild it.
        getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
