package io.lyceum.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.ProgressRing;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.StudentCourse;
import io.lyceum.course.StudentModule;
import io.lyceum.identity.CurrentUser;
import io.lyceum.learning.CompletionAwards;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.learning.EnrollmentSummary;
import io.lyceum.learning.LearningProgress;
import io.lyceum.learning.RequiredCourses;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantPage;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A student's home: the course to pick up first and what comes next in it, then courses in progress
 * and completed ones with their certificates. Sections with nothing in them are not shown.
 */
@Route(value = TenantPage.HOME_PATH, layout = OrgLayout.class)
@PermitAll
class MyLearningView extends Main implements HasDynamicTitle {

    /** The course last worked on (or enrolled in) that is not finished yet, with its next module. */
    final Div resume = new Div();

    final Div inProgress = new Div();
    final Div completed = new Div();

    private final CourseCatalog catalog;
    private final LearningProgress progress;
    private final ObjectProvider<CompletionAwards> awards;
    private Map<Long, RequiredCourses.Requirement> required = Map.of();

    MyLearningView(
            CurrentUser currentUser,
            EnrollmentService enrollments,
            LearningProgress progress,
            CourseCatalog catalog,
            ObjectProvider<CompletionAwards> awards,
            ObjectProvider<RequiredCourses> requiredCourses) {
        this.catalog = catalog;
        this.progress = progress;
        this.awards = awards;
        addClassName("page");
        add(new PageHeader(
                getTranslation("my-learning.welcome", currentUser.require().displayName()),
                getTranslation("my-learning.lead")));
        var browse = new Button(
                getTranslation("my-learning.browse"), click -> getUI().ifPresent(ui -> ui.navigate(CatalogView.class)));

        var mine = enrollments.mine().stream()
                .filter(enrollment -> enrollment.status() != EnrollmentStatus.WITHDRAWN)
                .toList();
        if (mine.isEmpty()) {
            browse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new EmptyState(
                            getTranslation("my-learning.empty.title"), getTranslation("my-learning.empty.text"), browse)
                    .icon(VaadinIcon.ACADEMY_CAP));
            return;
        }
        var actions = new Div(browse);
        actions.addClassName("page-actions");
        add(actions);

        var courseIds = mine.stream().map(EnrollmentSummary::courseId).toList();
        required = requiredCourses
                .orderedStream()
                .findFirst()
                .map(source -> source.mine(courseIds))
                .orElse(Map.of());
        inProgress.addClassName("card-grid");
        completed.addClassName("card-grid");
        // The course last worked on; before any work, the one enrolled in last.
        mine.stream()
                .filter(enrollment -> enrollment.status() == EnrollmentStatus.ACTIVE)
                .max(Comparator.comparing(enrollment ->
                        enrollment.lastAccessedAt() != null ? enrollment.lastAccessedAt() : enrollment.enrolledAt()))
                .ifPresent(last -> catalog.course(last.courseId()).ifPresent(course -> showResume(last, course)));
        for (EnrollmentSummary enrollment : mine) {
            catalog.course(enrollment.courseId()).ifPresent(course -> {
                if (enrollment.status() == EnrollmentStatus.COMPLETED) {
                    completed.add(card(enrollment, course));
                } else {
                    inProgress.add(card(enrollment, course));
                }
            });
        }
        if (resume.getChildren().findAny().isPresent()) {
            add(section("my-learning.resume.title", resume));
        }
        if (inProgress.getChildren().findAny().isPresent()) {
            add(section("my-learning.in-progress", inProgress));
        }
        if (completed.getChildren().findAny().isPresent()) {
            add(section("my-learning.completed", completed));
        }
    }

    private Section section(String titleKey, Component content) {
        var section = new Section(new H2(getTranslation(titleKey)), content);
        section.addClassName("my-learning-section");
        return section;
    }

    private void showResume(EnrollmentSummary enrollment, StudentCourse course) {
        Set<Long> done = progress.completedModules(course.id());
        Optional<StudentModule> next = course.modules().stream()
                .filter(module -> !done.contains(module.id()))
                .findFirst();
        var text = new Div(
                new H3(course.title()),
                new Paragraph(next.map(module -> getTranslation("my-learning.resume.next", module.title()))
                        .orElse(getTranslation("my-learning.resume.all-done"))));
        text.addClassName("continue-text");
        var go = new Button(
                getTranslation("my-learning.continue"),
                click -> getUI().ifPresent(ui -> next.ifPresentOrElse(
                        module -> ui.navigate(PlayerView.class, PlayerView.parameters(course.id(), module.id())),
                        () -> ui.navigate(PlayerView.class, PlayerView.parameters(course.id())))));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setAriaLabel(getTranslation("my-learning.continue.aria", course.title()));
        resume.addClassName("continue-card");
        resume.add(ring(enrollment, course), text, go);
    }

    private Card card(EnrollmentSummary enrollment, StudentCourse course) {
        var card = new Card();
        var head = new Div(new Span(course.title()), ring(enrollment, course));
        head.addClassName("course-card-head");
        card.setTitle(head);
        boolean finished = enrollment.status() == EnrollmentStatus.COMPLETED;
        card.add(new Paragraph(
                getTranslation("my-learning.modules", course.modules().size())));
        var requirement = required.get(course.id());
        if (requirement != null) {
            card.add(RequiredBadge.of(this, requirement));
        }
        var open = new Button(
                getTranslation(finished ? "my-learning.review" : "my-learning.continue"),
                click -> getUI().ifPresent(ui -> ui.navigate(PlayerView.class, PlayerView.parameters(course.id()))));
        open.setAriaLabel(
                getTranslation(finished ? "my-learning.review.aria" : "my-learning.continue.aria", course.title()));
        card.addToFooter(open);
        if (finished) {
            // The certificates plugin, when the organization has it, offers the certificate here.
            awards.orderedStream()
                    .flatMap(award -> award.forEnrollment(enrollment.id()).stream())
                    .findFirst()
                    .ifPresent(award -> {
                        var link = new Anchor(award.href(), getTranslation(award.labelKey()));
                        link.getElement().setAttribute("download", true);
                        link.addClassName("certificate-slot");
                        card.addToFooter(link);
                    });
        }
        return card;
    }

    private ProgressRing ring(EnrollmentSummary enrollment, StudentCourse course) {
        return new ProgressRing(enrollment.progress(), getTranslation("my-learning.progress.aria", course.title()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-learning.page-title");
    }
}
