package io.lyceum.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.lyceum.base.ui.Toast;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.StudentCourse;
import io.lyceum.course.content.ModuleContent;
import io.lyceum.learning.EnrollmentException;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.PermitAll;

/** A published course's page: description, syllabus, and Enroll (or Continue). */
@Route(value = "learn/courses/:courseId(\\d+)", layout = OrgLayout.class)
@PageTitle("Course")
@PermitAll
class CoursePageView extends Main implements BeforeEnterObserver {

    final Button enroll = new Button();
    final Paragraph closed = new Paragraph(EnrollmentService.SELF_ENROLLMENT_CLOSED);
    private final CourseCatalog catalog;
    private final EnrollmentService enrollments;
    private long courseId;

    CoursePageView(CourseCatalog catalog, EnrollmentService enrollments) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        addClassName("page");
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.addClickListener(click -> enrollAndStart());
    }

    static RouteParameters parameters(long courseId) {
        return new RouteParameters("courseId", Long.toString(courseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        var found = catalog.course(courseId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such course");
            return;
        }
        StudentCourse course = found.get();
        removeAll();
        boolean enrolled = enrollments
                .mine(courseId)
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                .isPresent();
        enroll.setText(enrolled ? "Continue" : "Enroll");
        enroll.setVisible(enrolled || course.selfEnrollment());
        closed.setVisible(!enrolled && !course.selfEnrollment());
        var syllabus = new OrderedList();
        course.sections().forEach(section -> {
            if (section.title() != null) {
                syllabus.add(new ListItem(section.title()));
            }
            section.modules().forEach(module -> syllabus.add(new ListItem(module.title())));
        });
        add(
                new H1(course.title()),
                ModuleContent.html(course.descriptionHtml()),
                enroll,
                closed,
                new H2("Syllabus"),
                syllabus);
    }

    private void enrollAndStart() {
        try {
            enrollments.enrollSelf(courseId);
            getUI().ifPresent(ui -> ui.navigate(PlayerView.class, PlayerView.parameters(courseId)));
        } catch (EnrollmentException | PlanLimitException e) {
            Toast.error(e.getMessage());
        }
    }
}
