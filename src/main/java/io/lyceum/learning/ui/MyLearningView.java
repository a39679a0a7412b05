package io.lyceum.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.course.CourseCatalog;
import io.lyceum.identity.CurrentUser;
import io.lyceum.learning.CompletionAwards;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.learning.EnrollmentSummary;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantPage;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** A student's home: courses in progress, completed courses, and the way to the catalog. */
@Route(value = TenantPage.HOME_PATH, layout = OrgLayout.class)
@PageTitle("My learning")
@PermitAll
class MyLearningView extends Main {

    final Div inProgress = new Div();
    final Div completed = new Div();
    final Div recent = new Div();

    MyLearningView(
            CurrentUser currentUser,
            EnrollmentService enrollments,
            CourseCatalog catalog,
            ObjectProvider<CompletionAwards> awards) {
        addClassName("page");
        var browse = new Button("Browse the catalog", click -> getUI().ifPresent(ui -> ui.navigate(CatalogView.class)));
        browse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new PageHeader(
                        "Welcome, " + currentUser.require().displayName(),
                        "Your courses, your progress and your certificates."),
                browse);
        inProgress.addClassName("features");
        completed.addClassName("features");
        recent.addClassName("features");
        List<EnrollmentSummary> mine = enrollments.mine();
        var recentIds = mine.stream()
                .filter(enrollment ->
                        enrollment.lastAccessedAt() != null && enrollment.status() != EnrollmentStatus.WITHDRAWN)
                .sorted(Comparator.comparing(EnrollmentSummary::lastAccessedAt).reversed())
                .limit(3)
                .map(EnrollmentSummary::courseId)
                .toList();
        var titles = new HashMap<Long, String>();
        for (EnrollmentSummary enrollment : mine) {
            catalog.course(enrollment.courseId()).ifPresent(course -> {
                var card = new Card();
                card.setTitle(new Span(course.title()));
                var bar = new ProgressBar(0, 100, enrollment.progress().doubleValue());
                bar.getElement().setAttribute("aria-label", "Progress in " + course.title());
                card.add(
                        bar, new Span(enrollment.progress().stripTrailingZeros().toPlainString() + " % complete"));
                var open = new Button(
                        enrollment.status() == EnrollmentStatus.COMPLETED ? "Review" : "Continue",
                        click -> getUI().ifPresent(
                                        ui -> ui.navigate(PlayerView.class, PlayerView.parameters(course.id()))));
                card.addToFooter(open);
                if (enrollment.status() == EnrollmentStatus.COMPLETED) {
                    // The certificates plugin, when the organization has it, offers the certificate here.
                    awards.orderedStream()
                            .flatMap(award -> award.forEnrollment(enrollment.id()).stream())
                            .findFirst()
                            .ifPresent(award -> {
                                var link = new Anchor(award.href(), award.label());
                                link.getElement().setAttribute("download", true);
                                link.addClassName("certificate-slot");
                                card.addToFooter(link);
                            });
                    completed.add(card);
                } else if (enrollment.status() == EnrollmentStatus.ACTIVE) {
                    inProgress.add(card);
                }
                titles.put(course.id(), course.title());
            });
        }
        for (long courseId : recentIds) {
            if (titles.containsKey(courseId)) {
                var again = new Button(
                        titles.get(courseId),
                        click -> getUI().ifPresent(
                                        ui -> ui.navigate(PlayerView.class, PlayerView.parameters(courseId))));
                again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                recent.add(again);
            }
        }
        if (mine.stream().noneMatch(enrollment -> enrollment.status() != EnrollmentStatus.WITHDRAWN)) {
            add(new EmptyState(
                    "You're not enrolled in any course yet",
                    "Browse the catalog and enroll in a course; it appears here with your progress."));
        } else {
            add(new H2("Recently accessed"), recent, new H2("In progress"), inProgress, new H2("Completed"), completed);
        }
    }
}
