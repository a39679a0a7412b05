package io.lyceum.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.compliance.PersonStatus;
import io.lyceum.compliance.RequiredTrainings;
import io.lyceum.compliance.TrainingStatus;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.reporting.Figures;
import io.lyceum.reporting.Reports;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;

/**
 * The people behind a figure of the reports, a page at a time: a course's learners, the holders of
 * certificates expiring within 30/60/90 days, or those with a required-training status. Anything the
 * address names that is not this organization's answers "not found".
 */
@Route(value = "admin/reports/people/:kind/:value", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
@PluginView("reports")
class ReportPeopleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Figures.Person> grid = new Grid<>();
    private final Reports reports;
    private final RequiredTrainings trainings;
    private final Moments moments;
    private String title = "";

    ReportPeopleView(Reports reports, RequiredTrainings trainings) {
        this.reports = reports;
        this.trainings = trainings;
        this.moments = new Moments(getLocale(), TenantContext.require().timeZone());
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String kind = event.getRouteParameters().get("kind").orElse("");
        String value = event.getRouteParameters().get("value").orElse("");
        removeAll();
        boolean known = switch (kind) {
            case "course" -> course(value);
            case "expiring" -> expiring(value);
            case "required" -> required(value);
            default -> false;
        };
        if (!known) {
            event.rerouteToError(NotFoundException.class, "No such report");
            return;
        }
        var back = new RouterLink(getTranslation("reports.back"), ReportsView.class);
        grid.setEmptyStateText(getTranslation("reports.people.empty"));
        add(back, new PageHeader(title, getTranslation("reports.people.lead")), grid);
    }

    private boolean course(String value) {
        Optional<Long> id = number(value);
        Optional<String> course = id.flatMap(reports::courseTitle);
        if (course.isEmpty()) {
            return false;
        }
        long courseId = id.get();
        title = getTranslation("reports.people.course", course.get());
        columns("reports.column.progress", "reports.column.completed-on");
        grid.setItems(query -> reports.courseLearners(courseId, query.getOffset(), query.getLimit()).stream(), query ->
                (int) reports.countCourseLearners(courseId));
        return true;
    }

    private boolean expiring(String value) {
        Optional<Long> days = number(value).filter(d -> d == 30 || d == 60 || d == 90);
        if (days.isEmpty()) {
            return false;
        }
        int within = days.get().intValue();
        title = getTranslation("reports.people.expiring", within);
        columns("reports.column.number", "reports.column.expires");
        grid.setItems(query -> reports.expiringHolders(within, query.getOffset(), query.getLimit()).stream(), query ->
                (int) reports.countExpiringHolders(within));
        return true;
    }

    private boolean required(String value) {
        Optional<TrainingStatus> status = Arrays.stream(TrainingStatus.values())
                .filter(candidate -> candidate.name().equals(value))
                .findFirst();
        if (status.isEmpty()) {
            return false;
        }
        TrainingStatus wanted = status.get();
        title = getTranslation("reports.people.required", getTranslation("required-training.status." + wanted.name()));
        columns("reports.column.status", "reports.column.due");
        grid.setItems(
                query -> trainings.people(null, wanted, query.getOffset(), query.getLimit()).stream()
                        .map(this::person),
                query -> (int) trainings.countPeople(null, wanted));
        return true;
    }

    private Figures.Person person(PersonStatus status) {
        return new Figures.Person(
                status.userId(),
                status.name(),
                status.email(),
                status.courseTitle(),
                getTranslation("required-training.status." + status.status().name()),
                status.dueOn());
    }

    private void columns(String detailHeader, String dateHeader) {
        grid.removeAllColumns();
        grid.addColumn(Figures.Person::name)
                .setHeader(getTranslation("reports.column.name"))
                .setFlexGrow(2);
        grid.addColumn(Figures.Person::email)
                .setHeader(getTranslation("reports.column.email"))
                .setFlexGrow(2);
        grid.addColumn(Figures.Person::course)
                .setHeader(getTranslation("reports.column.course"))
                .setFlexGrow(2);
        grid.addColumn(person -> person.detail() == null ? "" : person.detail())
                .setHeader(getTranslation(detailHeader))
                .setAutoWidth(true);
        grid.addColumn(person -> person.date() == null ? "" : moments.date(person.date()))
                .setHeader(getTranslation(dateHeader))
                .setAutoWidth(true);
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("reports.page-title") : title;
    }
}
