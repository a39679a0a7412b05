package io.lyceum.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.ProgressRing;
import io.lyceum.base.ui.Toast;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.StudentCourse;
import io.lyceum.course.StudentModule;
import io.lyceum.course.content.ModuleContent;
import io.lyceum.learning.CohortService;
import io.lyceum.learning.EnrollmentException;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.learning.EnrollmentSummary;
import io.lyceum.learning.LearningProgress;
import io.lyceum.learning.RequiredCourses;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A published course's page, where a student decides and comes back to: cover, instructor and
 * facts, Enroll (or Continue with the module that comes next), what the course is about, and its
 * outline by section with each module's kind, time and — once enrolled — whether it is done.
 */
@Route(value = "learn/courses/:courseId(\\d+)", layout = OrgLayout.class)
@PermitAll
class CoursePageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button enroll = new Button();
    final Paragraph closed = new Paragraph();
    final Section outline = new Section();
    private final CourseCatalog catalog;
    private final EnrollmentService enrollments;
    private final LearningProgress learningProgress;
    private final ObjectProvider<RequiredCourses> requiredCourses;
    private final CohortService cohorts;
    private long courseId;
    private String title = "";

    CoursePageView(
            CourseCatalog catalog,
            EnrollmentService enrollments,
            LearningProgress learningProgress,
            ObjectProvider<RequiredCourses> requiredCourses,
            CohortService cohorts) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.requiredCourses = requiredCourses;
        this.enrollments = enrollments;
        this.learningProgress = learningProgress;
        addClassNames("page", "course-page");
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        enroll.addClickListener(click -> enrollAndStart());
        closed.addClassName("course-closed");
        outline.addClassName("course-outline");
    }

    static RouteParameters parameters(long courseId) {
        return new RouteParameters("courseId", Long.toString(courseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        Optional<StudentCourse> found = catalog.course(courseId);
        Optional<CourseCatalog.Entry> card = catalog.card(courseId);
        if (found.isEmpty() || card.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such course");
            return;
        }
        StudentCourse course = found.get();
        title = course.title();
        removeAll();
        Optional<EnrollmentSummary> enrollment =
                enrollments.mine(courseId).filter(e -> e.status() != EnrollmentStatus.WITHDRAWN);
        Set<Long> done = enrollment.isPresent() ? learningProgress.completedModules(courseId) : Set.of();
        add(hero(course, card.get(), enrollment, done));
        if (enrollment.isPresent()) {
            cohorts.mine(courseId).ifPresent(this::showCohort);
        }
        if (!course.descriptionHtml().isBlank()) {
            var about = new Section(
                    new H2(getTranslation("course-page.about")), ModuleContent.html(course.descriptionHtml()));
            about.addClassName("course-about");
            add(about);
        }
        if (!course.learningOutcomes().isEmpty()) {
            var points = new UnorderedList();
            course.learningOutcomes().forEach(point -> {
                var check = VaadinIcon.CHECK.create();
                check.getElement().setAttribute("aria-hidden", "true");
                points.add(new ListItem(check, new Span(point)));
            });
            var learn = new Section(new H2(getTranslation("course-page.outcomes")), points);
            learn.addClassName("course-outcomes");
            add(learn);
        }
        renderOutline(course, enrollment.isPresent(), done);
        add(outline);
    }

    /** The learner's cohort: its name, start date and schedule (sanitized Markdown). */
    private void showCohort(CohortService.MyCohort cohort) {
        var section = new Section(new H2(getTranslation("cohorts.course-page.title", cohort.name())));
        section.addClassName("course-cohort");
        if (cohort.startsOn() != null) {
            var moments = new Moments(getLocale(), TenantContext.require().timeZone());
            section.add(
                    new Paragraph(getTranslation("cohorts.course-page.starts", moments.longDate(cohort.startsOn()))));
        }
        if (!cohort.scheduleHtml().isBlank()) {
            section.add(ModuleContent.html(cohort.scheduleHtml()));
        }
        add(section);
    }

    private Div hero(
            StudentCourse course, CourseCatalog.Entry card, Optional<EnrollmentSummary> enrollment, Set<Long> done) {
        var heading = new Div(new H1(course.title()));
        heading.addClassName("course-hero-title");
        if (!card.instructor().isBlank()) {
            var instructor = new Paragraph(getTranslation("course-page.instructor", card.instructor()));
            instructor.addClassName("course-instructor");
            heading.add(instructor);
        }
        var facts = new Paragraph(CourseFacts.contents(this, card));
        facts.addClassName("course-meta");
        heading.add(facts);
        requiredCourses
                .orderedStream()
                .findFirst()
                .map(source -> source.mine(List.of(course.id())).get(course.id()))
                .ifPresent(requirement -> heading.add(RequiredBadge.of(this, requirement)));

        var actions = new Div();
        actions.addClassName("course-hero-actions");
        boolean enrolled = enrollment.isPresent();
        enrollment.ifPresent(e -> actions.add(
                new ProgressRing(e.progress(), getTranslation("my-learning.progress.aria", course.title()))));
        Optional<StudentModule> next = course.modules().stream()
                .filter(module -> !done.contains(module.id()))
                .findFirst();
        if (!enrolled) {
            enroll.setText(getTranslation("course-page.enroll"));
            enroll.setAriaLabel(null);
        } else if (next.isPresent() && !done.isEmpty()) {
            enroll.setText(getTranslation("course-page.continue"));
            enroll.setAriaLabel(
                    getTranslation("course-page.continue.aria", next.get().title()));
        } else {
            enroll.setText(getTranslation(done.isEmpty() ? "course-page.start" : "course-page.review"));
            enroll.setAriaLabel(null);
        }
        enroll.setVisible(enrolled || course.selfEnrollment());
        closed.setText(getTranslation("course-page.closed"));
        closed.setVisible(!enrolled && !course.selfEnrollment());
        actions.add(enroll, closed);
        if (enrolled && next.isPresent() && !done.isEmpty()) {
            var upNext = new Paragraph(
                    getTranslation("my-learning.resume.next", next.get().title()));
            upNext.addClassName("course-up-next");
            actions.add(upNext);
        }
        heading.add(actions);

        var hero = new Div(CourseFacts.cover(card), heading);
        hero.addClassName("course-hero");
        return hero;
    }

    private void renderOutline(StudentCourse course, boolean enrolled, Set<Long> done) {
        outline.removeAll();
        outline.add(new H2(getTranslation("course-page.outline")));
        if (course.modules().isEmpty()) {
            outline.add(new Paragraph(getTranslation("course-page.no-modules")));
            return;
        }
        int number = 0;
        for (StudentCourse.Section section : course.sections()) {
            var group = new Div();
            group.addClassName("outline-section");
            if (section.title() != null) {
                group.add(new H3(section.title()));
            }
            var list = new OrderedList();
            list.getElement().setAttribute("start", Integer.toString(number + 1));
            for (StudentModule module : section.modules()) {
                number++;
                list.add(item(module, enrolled && done.contains(module.id())));
            }
            group.add(list);
            outline.add(group);
        }
    }

    private ListItem item(StudentModule module, boolean completed) {
        Icon icon = switch (module.kind()) {
            case TEXT -> VaadinIcon.FILE_TEXT_O.create();
            case VIDEO -> VaadinIcon.PLAY_CIRCLE_O.create();
            case QUIZ -> VaadinIcon.QUESTION_CIRCLE_O.create();
            case ASSIGNMENT -> VaadinIcon.CLIPBOARD_TEXT.create();
        };
        icon.addClassName("outline-kind");
        icon.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(module.title());
        name.addClassName("outline-title");
        var kind = new Span(getTranslation(kindKey(module.kind())));
        kind.addClassName("outline-facts");
        if (module.minutes() != null) {
            kind.setText(kind.getText() + " · " + CourseFacts.duration(this, module.minutes()));
        }
        var item = new ListItem(icon, name, kind);
        if (completed) {
            var check = VaadinIcon.CHECK_CIRCLE.create();
            check.addClassName("outline-done");
            var label = new Span(getTranslation("course-page.done"));
            label.addClassName("sr-only");
            item.add(check, label);
            item.addClassName("done");
        }
        return item;
    }

    private static String kindKey(ModuleKind kind) {
        return "module-kind." + kind.name().toLowerCase(Locale.ROOT);
    }

    private void enrollAndStart() {
        try {
            enrollments.enrollSelf(courseId);
            getUI().ifPresent(ui -> ui.navigate(PlayerView.class, PlayerView.parameters(courseId)));
        } catch (EnrollmentException | PlanLimitException e) {
            Toast.error(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("course-page.page-title") : title;
    }
}
