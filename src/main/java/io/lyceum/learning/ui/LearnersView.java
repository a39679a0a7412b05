package io.lyceum.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.course.CourseNotFoundException;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleKind;
import io.lyceum.identity.InvitationLinks;
import io.lyceum.identity.Role;
import io.lyceum.identity.Roles;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.learning.CsvImports;
import io.lyceum.learning.EnrollmentException;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearnerRow;
import io.lyceum.learning.LearnersCsv;
import io.lyceum.learning.LearnersReport;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** A course's learners: progress, last activity and quiz scores, lazily paged; CSV export. */
@Route(value = "teach/courses/:courseId(\\d+)/learners", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("courses")
class LearnersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<LearnerRow> grid = new Grid<>();
    final Anchor export = new Anchor();
    final MultiSelectComboBox<UserSummary> people =
            new MultiSelectComboBox<>(getTranslation("learners.enroll-students"));
    final Button enroll = new Button(getTranslation("learners.enroll"));
    final ComboBox<String> cohort = new ComboBox<>(getTranslation("learners.cohort"));

    @Nullable CsvImportPanel csvImport;

    private final EnrollmentService enrollments;
    private final LearnersReport report;
    private final CourseService courses;
    private final UserService users;
    private final CsvImports csvImports;
    private final InvitationLinks links;
    private final UploadLimits limits;
    private long courseId;

    LearnersView(
            EnrollmentService enrollments,
            LearnersReport report,
            CourseService courses,
            UserService users,
            CsvImports csvImports,
            InvitationLinks links,
            UploadLimits limits) {
        this.csvImports = csvImports;
        this.links = links;
        this.limits = limits;
        this.enrollments = enrollments;
        this.report = report;
        this.courses = courses;
        this.users = users;
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.addClickListener(click -> enrollPicked(courseId));
        cohort.setClearButtonVisible(true);
        cohort.setPlaceholder(getTranslation("learners.all-learners"));
        cohort.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        String title;
        List<Long> quizzes;
        var quizTitles = new HashMap<Long, String>();
        try {
            var outline = courses.outline(courseId);
            title = outline.title();
            quizzes = outline.modules().stream()
                    .filter(item -> item.kind() == ModuleKind.QUIZ)
                    .map(item -> item.id())
                    .toList();
            outline.modules().forEach(item -> quizTitles.put(item.id(), item.title()));
        } catch (CourseNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        Tenant tenant = TenantContext.require();
        ZoneId zone = tenant.timeZone();
        var moments = new Moments(getLocale(), zone);
        String none = getTranslation("learners.none");
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(LearnerRow::name)
                .setHeader(getTranslation("learners.column.learner"))
                .setFlexGrow(2);
        grid.addColumn(LearnerRow::email)
                .setHeader(getTranslation("learners.column.email"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.cohort() == null ? none : row.cohort())
                .setHeader(getTranslation("learners.column.cohort"));
        grid.addColumn(row -> getTranslation("learners.percent", row.progress().stripTrailingZeros()))
                .setHeader(getTranslation("learners.column.progress"));
        grid.addColumn(row ->
                        getTranslation("learners.status." + row.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("learners.column.status"));
        grid.addColumn(row -> row.lastActivity() == null ? none : moments.dateTime(row.lastActivity()))
                .setHeader(getTranslation("learners.column.last-activity"));
        for (Long quiz : quizzes) {
            grid.addColumn(row -> row.bestQuizScores().containsKey(quiz)
                            ? getTranslation(
                                    "learners.percent",
                                    row.bestQuizScores().get(quiz).stripTrailingZeros())
                            : none)
                    .setHeader(getTranslation("learners.column.best-score", quizTitles.get(quiz)));
        }
        grid.addComponentColumn(row -> {
                    var menu = new MenuBar();
                    menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
                    var item = menu.addItem(getTranslation("learners.manage"));
                    item.setAriaLabel(getTranslation("learners.manage.aria", row.name()));
                    item.getSubMenu()
                            .addItem(getTranslation("learners.set-access-end"), click -> askAccessEnd(row, zone));
                    item.getSubMenu().addItem(getTranslation("learners.withdraw-menu"), click -> confirmWithdraw(row));
                    return menu;
                })
                .setHeader("")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.setItems(
                query ->
                        report
                                .learners(
                                        courseId,
                                        cohort.getValue(),
                                        PageRequest.of(query.getPage(), query.getPageSize()))
                                .stream(),
                query -> (int) report.learners(courseId, cohort.getValue(), PageRequest.of(0, 1))
                        .getTotalElements());
        showCohorts(courseId);
        grid.setEmptyStateText(getTranslation("learners.empty"));
        export.setText(getTranslation("learners.export"));
        export.setHref((DownloadHandler) downloadEvent -> {
            downloadEvent.setFileName("learners-" + courseId + ".csv");
            downloadEvent.setContentType("text/csv");
            TenantContext.runAs(
                    tenant, () -> LearnersCsv.write(all(courseId), quizzes, zone, downloadEvent.getOutputStream()));
        });
        people.setItemLabelGenerator(user -> user.displayName() + " <" + user.email() + ">");
        people.setItems(query -> users
                .withRole(
                        Role.STUDENT,
                        query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        people.setWidth("28rem");
        var imports = new CsvImportPanel(csvImports, links, limits, courseId, () -> {
            showCohorts(courseId);
            grid.getDataProvider().refreshAll();
        });
        csvImport = imports;
        var toolbar = new HorizontalLayout(people, enroll, imports.upload, export, cohort);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var teaching = new HorizontalLayout(
                new Anchor("teach/courses/" + courseId + "/cohorts", getTranslation("cohorts.link.cohorts")),
                new Anchor("teach/courses/" + courseId + "/deadlines", getTranslation("cohorts.link.deadlines")));
        add(
                new PageHeader(getTranslation("learners.title", title), getTranslation("learners.lead")),
                teaching,
                toolbar,
                imports.progress,
                grid,
                imports);
    }

    void confirmWithdraw(LearnerRow row) {
        var dialog = new ConfirmDialog(
                getTranslation("learners.withdraw.title", row.name()),
                getTranslation("learners.withdraw.text"),
                getTranslation("learners.withdraw.confirm"),
                event -> {
                    enrollments.withdraw(row.userId(), courseId);
                    grid.getDataProvider().refreshAll();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("learners.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void askAccessEnd(LearnerRow row, ZoneId zone) {
        var date = new DatePicker(getTranslation("learners.access.ends-on"));
        date.setClearButtonVisible(true);
        date.setHelperText(getTranslation("learners.access.help", zone.getId()));
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("learners.access.title", row.name()));
        dialog.add(date);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("learners.cancel"));
        dialog.setConfirmText(getTranslation("learners.access.save"));
        dialog.addConfirmListener(event -> {
            enrollments.setAccessEnd(
                    row.userId(),
                    courseId,
                    date.getValue() == null
                            ? null
                            : date.getValue().atStartOfDay(zone).toInstant());
            Toast.success(getTranslation("learners.access.saved"));
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learners.page-title");
    }

    /** Enrolls the picked students one by one; the plan's limit stops the rest with its reason. */
    void enrollPicked(long courseId) {
        int done = 0;
        try {
            for (UserSummary person : people.getValue()) {
                enrollments.enroll(person.id(), courseId);
                done++;
            }
            Toast.success(getTranslation("learners.enrolled", done));
        } catch (PlanLimitException | EnrollmentException e) {
            Toast.error(getTranslation("learners.enrolled-then-refused", done, e.getMessage()));
        }
        people.clear();
        grid.getDataProvider().refreshAll();
    }

    /** The cohort filter lists the course's cohorts; it hides while the course has none. */
    private void showCohorts(long courseId) {
        var names = enrollments.cohorts(courseId);
        if (cohort.getValue() != null && !names.contains(cohort.getValue())) {
            cohort.clear();
        }
        cohort.setItems(names);
        cohort.setVisible(!names.isEmpty());
    }

    private List<LearnerRow> all(long courseId) {
        var rows = new ArrayList<LearnerRow>();
        Pageable page = PageRequest.of(0, 500);
        while (true) {
            var slice = report.learners(courseId, page);
            rows.addAll(slice.getContent());
            if (!slice.hasNext()) {
                return rows;
            }
            page = slice.nextPageable();
        }
    }
}
