package io.lyceum.plugin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginNotAvailableException;
import io.lyceum.plugin.PluginService;
import io.lyceum.plugin.PluginState;
import jakarta.annotation.security.RolesAllowed;

/**
 * Install and uninstall plugins; those outside the plan are shown with the reason. Shown inside the
 * organization's layout, which takes admin pages that name none ({@code @Layout("/admin")} on
 * {@code shell.OrgLayout}): the shell depends on this module, so this page cannot name its layout.
 */
@Route("admin/plugins")
@PageTitle("Plugins")
@RolesAllowed(Roles.ADMIN)
class PluginsView extends Main {

    final Div cards = new Div();
    private final PluginService plugins;

    PluginsView(PluginService plugins) {
        this.plugins = plugins;
        addClassName("page");
        cards.addClassName("features");
        add(
                new PageHeader(
                        "Plugins", "Choose the features your organization uses. Data is kept when you uninstall."),
                cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        plugins.states().forEach(state -> cards.add(card(state)));
    }

    private Card card(PluginState state) {
        var card = new Card();
        card.addClassName("plugin-card");
        card.setTitle(state.plugin().name());
        card.setSubtitle(new Paragraph(state.installed() ? "Installed" : "Not installed"));
        card.add(new Paragraph(state.plugin().description()));
        state.unavailableReason().ifPresent(reason -> {
            var why = new Paragraph(reason);
            why.addClassName("reason");
            card.add(why);
        });
        Button action;
        if (state.installed()) {
            action = new Button("Uninstall", click -> confirmUninstall(state));
            action.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else {
            action = new Button(
                    "Install",
                    click -> run(
                            () -> plugins.install(state.plugin().id()),
                            state.plugin().name() + " installed"));
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action.setEnabled(state.inPlan());
        }
        action.setAriaLabel(action.getText() + " " + state.plugin().name());
        card.addToFooter(action);
        return card;
    }

    private void confirmUninstall(PluginState state) {
        var dialog = new ConfirmDialog();
        dialog.setHeader("Uninstall " + state.plugin().name() + "?");
        dialog.setText("Its pages disappear for everyone in your organization. Its data is kept and comes back "
                + "if you install it again.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Uninstall");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event ->
                run(() -> plugins.uninstall(state.plugin().id()), state.plugin().name() + " uninstalled"));
        dialog.open();
    }

    private void run(Runnable change, String success) {
        try {
            change.run();
            Toast.success(success);
        } catch (PluginNotAvailableException e) {
            Toast.error(e.getMessage());
        }
        refresh();
        // The side navigation lists plugin pages: rebuild it.
        getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
