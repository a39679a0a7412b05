package io.lyceum.course.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
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
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The courses an instructor teaches (all of them for admins), searchable and filtered by status. */
@Route(value = "teach/courses", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("courses")
class CoursesView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<CourseStatus> status = new Select<>();
    final Button create = new Button(getTranslation("courses.new"), VaadinIcon.PLUS.create());
    final Span planReason = new Span();
    final Grid<CourseSummary> grid = new Grid<>();
    private final CourseService courses;
    private final ImageUploads images;

    CoursesView(CourseService courses, ImageUploads images) {
        this.courses = courses;
        this.images = images;
        addClassName("page");

        search.setPlaceholder(getTranslation("courses.search"));
        search.setAriaLabel(getTranslation("courses.search.aria"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        status.setAriaLabel(getTranslation("courses.status"));
        status.setItems(CourseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("courses.all-statuses"));
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("courses.all-statuses") : getTranslation(statusKey(value)));
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

        var moments = new Moments(getLocale(), TenantContext.require().timeZone());
        grid.addColumn(CourseSummary::title)
                .setHeader(getTranslation("courses.column.title"))
                .setKey("title")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addComponentColumn(this::statusBadges)
                .setHeader(getTranslation("courses.column.status"))
                .setKey("status")
                .setSortable(true);
        grid.addColumn(CourseSummary::modules).setHeader(getTranslation("courses.column.modules"));
        grid.addColumn(CourseSummary::enrolled).setHeader(getTranslation("courses.column.enrolled"));
        grid.addColumn(summary -> moments.dateTime(summary.updatedAt()))
                .setHeader(getTranslation("courses.column.updated"))
                .setKey("updatedAt")
                .setSortable(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("courses.column.actions"))
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
        grid.setEmptyStateText(getTranslation("courses.empty"));

        add(new PageHeader(getTranslation("courses.title"), getTranslation("courses.lead")), toolbar, grid);
    }

    private static Sort sort(List<QuerySortOrder> orders) {
        Sort sort = Sort.by(orders.stream()
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted())
                        : Sort.Order.desc(order.getSorted()))
                .toList());
        return sort.isUnsorted() ? Sort.by(Sort.Order.desc("updatedAt")) : sort;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.page-title");
    }

    /** The message key of a status as instructors read it ("Draft"). */
    /** Published courses are live, drafts are work to notice, archived ones no longer count. */
    static Badge.Tone tone(CourseStatus status) {
        return switch (status) {
            case PUBLISHED -> Badge.Tone.SUCCESS;
            case DRAFT -> Badge.Tone.PRIMARY;
            case ARCHIVED -> Badge.Tone.CONTRAST;
        };
    }

    static String statusKey(CourseStatus status) {
        return switch (status) {
            case DRAFT -> "course-status.draft";
            case PUBLISHED -> "course-status.published";
            case ARCHIVED -> "course-status.archived";
        };
    }

    /** The status, and beside it "Read-only" with the plan's reason when the course is past the plan's limit. */
    private Component statusBadges(CourseSummary summary) {
        var status = new Badge(getTranslation(statusKey(summary.status())), tone(summary.status()));
        if (summary.readOnly() == null) {
            return status;
        }
        var readOnly = new Badge(getTranslation("courses.badge.read-only"), Badge.Tone.ERROR);
        readOnly.setTitle(summary.readOnly());
        var badges = new HorizontalLayout(status, readOnly);
        badges.setSpacing(true);
        return badges;
    }

    private MenuBar actions(CourseSummary summary) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(getTranslation("courses.actions.aria", summary.title()));
        more.getSubMenu().addItem(getTranslation("courses.open"), click -> open(summary));
        more.getSubMenu()
                .addItem(
                        getTranslation("courses.duplicate"),
                        click -> run(
                                () -> courses.duplicate(summary.id()),
                                getTranslation("courses.duplicated", summary.title())));
        more.getSubMenu()
                .addItem(
                        getTranslation("courses.archive"),
                        click -> run(
                                () -> courses.archive(summary.id()),
                                getTranslation("courses.archived", summary.title())));
        more.getSubMenu().addItem(getTranslation("courses.delete"), click -> confirmDelete(summary));
        return menu;
    }

    void confirmDelete(CourseSummary summary) {
        var dialog = new ConfirmDialog(
                getTranslation("courses.delete.title", summary.title()),
                getTranslation("courses.delete.text"),
                getTranslation("courses.delete.confirm"),
                event -> run(() -> courses.delete(summary.id()), getTranslation("courses.deleted", summary.title())));
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
