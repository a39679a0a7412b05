package io.lyceum.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.course.CourseService;
import io.lyceum.course.CourseStatus;
import io.lyceum.course.CourseSummary;
import io.lyceum.course.InvalidCourseException;
import io.lyceum.files.ui.ImageUploads;
import io.lyceum.identity.Roles;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The courses an instructor teaches (all of them for admins), searchable and filtered by status. */
@Route(value = "teach/courses", layout = OrgLayout.class)
@PageTitle("Courses")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("courses")
class CoursesView extends Main {

    final TextField search = new TextField();
    final Select<CourseStatus> status = new Select<>();
    final Button create = new Button("New course", VaadinIcon.PLUS.create());
    final Span planReason = new Span();
    final Grid<CourseSummary> grid = new Grid<>();
    private final CourseService courses;
    private final ImageUploads images;

    CoursesView(CourseService courses, ImageUploads images) {
        this.courses = courses;
        this.images = images;
        addClassName("page");

        search.setPlaceholder("Search by title");
        search.setAriaLabel("Search courses");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        status.setAriaLabel("Status");
        status.setItems(CourseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All statuses");
        status.setItemLabelGenerator(value -> value == null ? "All statuses" : label(value));
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new CourseDialog(images, null, form -> {
                    long id = courses.create(form);
                    getUI().ifPresent(ui -> ui.navigate(CourseBuilderView.class, CourseBuilderView.parameters(id)));
                })
                .open());
        planReason.addClassName("reason");
        courses.canCreate().denial().ifPresent(reason -> {
            create.setEnabled(false);
            create.setTooltipText(reason);
            planReason.setText(reason);
        });

        var toolbar = new HorizontalLayout(search, status, create, planReason);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(
                        TenantContext.current().map(tenant -> tenant.timeZone()).orElse(ZoneId.of("UTC")));
        grid.addColumn(CourseSummary::title)
                .setHeader("Title")
                .setKey("title")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(summary -> label(summary.status()))
                .setHeader("Status")
                .setKey("status")
                .setSortable(true);
        grid.addColumn(CourseSummary::modules).setHeader("Modules");
        grid.addColumn(CourseSummary::enrolled).setHeader("Enrolled");
        grid.addColumn(summary -> formatter.format(summary.updatedAt()))
                .setHeader("Updated")
                .setKey("updatedAt")
                .setSortable(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> courses
                        .list(
                                search.getValue(),
                                status.getValue(),
                                PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders())))
                        .stream(),
                query -> (int) courses.list(search.getValue(), status.getValue(), PageRequest.of(0, 1))
                        .getTotalElements());
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setEmptyStateText("No courses yet. Create your first course with \"New course\".");

        add(
                new PageHeader("Courses", "Build courses from text, video and quiz modules, then publish them."),
                toolbar,
                grid);
    }

    private static Sort sort(List<QuerySortOrder> orders) {
        Sort sort = Sort.by(orders.stream()
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted())
                        : Sort.Order.desc(order.getSorted()))
                .toList());
        return sort.isUnsorted() ? Sort.by(Sort.Order.desc("updatedAt")) : sort;
    }

    static String label(CourseStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case ARCHIVED -> "Archived";
        };
    }

    private MenuBar actions(CourseSummary summary) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel("Actions for " + summary.title());
        more.getSubMenu().addItem("Open", click -> open(summary));
        more.getSubMenu()
                .addItem(
                        "Duplicate",
                        click -> run(
                                () -> courses.duplicate(summary.id()),
                                "\"" + summary.title() + "\" duplicated as a draft"));
        more.getSubMenu()
                .addItem(
                        "Archive",
                        click -> run(() -> courses.archive(summary.id()), "\"" + summary.title() + "\" archived"));
        more.getSubMenu().addItem("Delete…", click -> confirmDelete(summary));
        return menu;
    }

    void confirmDelete(CourseSummary summary) {
        var dialog = new ConfirmDialog(
                "Delete \"" + summary.title() + "\"?",
                "The course and all its modules are deleted for good. Courses with learners cannot be deleted; "
                        + "archive them instead.",
                "Delete",
                event -> run(() -> courses.delete(summary.id()), "\"" + summary.title() + "\" deleted"));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void open(CourseSummary summary) {
        getUI().ifPresent(ui -> ui.navigate(CourseBuilderView.class, CourseBuilderView.parameters(summary.id())));
    }

    private void run(Runnable action, String success) {
        try {
            action.run();
            Toast.success(success);
        } catch (InvalidCourseException | PlanLimitException e) {
            Toast.error(e.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }
}
