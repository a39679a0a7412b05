package io.lyceum.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginService;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.RolesAllowed;

/** The instructor's home: leads to the course builder when the courses plugin is active. */
@Route(value = "teach", layout = OrgLayout.class)
@PageTitle("Teach")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class TeachHomeView extends Main {

    TeachHomeView(PluginService plugins) {
        addClassName("page");
        add(new PageHeader("Teach", "Build courses, grade work and follow your learners."));
        if (plugins.isActive("courses")) {
            var open = new Button(
                    "Open the course builder", click -> getUI().ifPresent(ui -> ui.navigate("teach/courses")));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new EmptyState(
                    "Start with a course",
                    "Courses are made of text, video and quiz modules. Create your first one in the course builder.",
                    open));
        } else {
            add(new EmptyState(
                    "The Courses plugin is not installed",
                    "Ask an administrator of your organization to install it under Admin → Plugins."));
        }
    }
}
