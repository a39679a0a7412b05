package io.lyceum.course.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;

/** The instructor's list of courses; the course builder fills it in. */
@Route(value = "teach/courses", layout = OrgLayout.class)
@PageTitle("Courses")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("courses")
class CoursesView extends Main {

    CoursesView() {
        addClassName("page");
        add(new PageHeader("Courses", "The courses you teach."),
                new EmptyState("No courses yet",
                        "Your courses will be listed here, with their status, modules and enrolments."));
    }
}
