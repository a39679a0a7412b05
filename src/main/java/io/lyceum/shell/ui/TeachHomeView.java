package io.lyceum.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginService;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's home: leads to the course builder when the courses plugin is active. */
@Route(value = "teach", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class TeachHomeView extends Main implements HasDynamicTitle {

    TeachHomeView(PluginService plugins) {
        addClassName("page");
        add(new PageHeader(getTranslation("teach-home.title"), getTranslation("teach-home.lead")));
        if (plugins.isActive("courses")) {
            var open = new Button(
                    getTranslation("teach-home.open-builder"),
                    click -> getUI().ifPresent(ui -> ui.navigate("teach/courses")));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new EmptyState(
                    getTranslation("teach-home.start.title"), getTranslation("teach-home.start.text"), open));
        } else {
            add(new EmptyState(
                    getTranslation("teach-home.no-courses.title"), getTranslation("teach-home.no-courses.text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teach-home.page-title");
    }
}
