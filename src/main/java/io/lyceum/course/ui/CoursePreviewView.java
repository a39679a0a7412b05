package io.lyceum.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.course.CourseNotFoundException;
import io.lyceum.course.CourseService;
import io.lyceum.course.StudentCourse;
import io.lyceum.course.content.ModuleContent;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.RolesAllowed;

/** "Preview as student": the course exactly as students see it, without enrolling anyone. */
@Route(value = "teach/courses/:courseId(\\d+)/preview", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("courses")
class CoursePreviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private StudentCourse course = StudentCourse.none();

    CoursePreviewView(CourseService courses) {
        this.courses = courses;
        addClassNames("page", "course-preview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            course = courses.preview(id);
        } catch (CourseNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        removeAll();
        var back = new Button(
                getTranslation("course-preview.back"),
                VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(
                                ui -> ui.navigate(CourseBuilderView.class, CourseBuilderView.parameters(id))));
        var banner = new Badge(getTranslation("course-preview.banner"), Badge.Tone.PRIMARY);
        add(back, banner, new H1(course.title()), ModuleContent.html(course.descriptionHtml()));
        if (course.modules().isEmpty()) {
            add(new EmptyState(
                    getTranslation("course-preview.empty.title"), getTranslation("course-preview.empty.text")));
        }
        for (StudentCourse.Section section : course.sections()) {
            if (section.title() != null) {
                add(new H2(section.title()));
            }
            section.modules().forEach(module -> add(new ModuleContent(module)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course-preview.page-title");
    }

    StudentCourse course() {
        return course;
    }
}
