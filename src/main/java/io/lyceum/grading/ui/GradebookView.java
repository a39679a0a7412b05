package io.lyceum.grading.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.course.ModuleKind;
import io.lyceum.grading.Gradebook;
import io.lyceum.grading.GradebookCategory;
import io.lyceum.grading.GradebookCell;
import io.lyceum.grading.GradebookFilter;
import io.lyceum.grading.GradebookItem;
import io.lyceum.grading.GradebookRow;
import io.lyceum.grading.GradebookSetup;
import io.lyceum.identity.Roles;
import io.lyceum.learning.CourseCohorts;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A course's gradebook: learners (paged in SQL, by name) × gradable items, with category means, the
 * weighted total and its letter. The learner column stays in place while the items scroll, the header
 * stays on top; a cell opens (click, or Enter on the focused cell) its history and an override that
 * asks for a reason. Categories, weights and the letter scale are set in a side dialog; CSV export.
 */
@Route(value = "teach/courses/:courseId(\\d+)/gradebook", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("grading")
class GradebookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Learners fetched per round trip of the lazy grid. */
    static final int PAGE_SIZE = 50;

    final Grid<GradebookRow> grid = new Grid<>();
    final ComboBox<CourseCohorts.CohortSummary> cohort = new ComboBox<>(getTranslation("gradebook.cohort"));
    final TextField search = new TextField(getTranslation("gradebook.search"));
    final Button setupButton = new Button(getTranslation("gradebook.setup"), VaadinIcon.COG.create());
    final Anchor export = new Anchor();
    final Div content = new Div();

    @Nullable CellDialog cellDialog;

    @Nullable SetupDialog setupDialog;

    private final Gradebook gradebook;
    private final CourseCohorts cohorts;
    private final Map<Grid.Column<GradebookRow>, GradebookItem> itemColumns = new HashMap<>();
    private long courseId;
    private GradebookSetup setup = new GradebookSetup(0, "", List.of(), List.of(), List.of(), true);
    private @Nullable GradebookRow focusedRow;
    private @Nullable GradebookItem focusedItem;

    GradebookView(Gradebook gradebook, CourseCohorts cohorts) {
        this.gradebook = gradebook;
        this.cohorts = cohorts;
        addClassNames("page", "gradebook");
        cohort.setItemLabelGenerator(CourseCohorts.CohortSummary::name);
        cohort.setClearButtonVisible(true);
        cohort.setPlaceholder(getTranslation("gradebook.all-cohorts"));
        cohort.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPlaceholder(getTranslation("gradebook.search.placeholder"));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        setupButton.addClickListener(click -> openSetup());
        export.setText(getTranslation("gradebook.export"));
        export.getElement().setAttribute("aria-label", getTranslation("gradebook.export.aria"));

        grid.setPageSize(PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setHeight("70vh");
        grid.setColumnReorderingAllowed(false);
        grid.setEmptyStateText(getTranslation("gradebook.no-match"));
        grid.addItemClickListener(click -> {
            GradebookItem item = itemColumns.get(click.getColumn());
            if (item != null) {
                openCell(click.getItem(), item);
            }
        });
        grid.addCellFocusListener(focus -> {
            focusedRow = focus.getItem().orElse(null);
            focusedItem = focus.getColumn().map(itemColumns::get).orElse(null);
        });
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (focusedRow != null && focusedItem != null) {
                                openCell(focusedRow, focusedItem);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            setup = gradebook.setup(courseId);
        } catch (NoSuchItemException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        cohort.setItems(cohorts.of(courseId));
        Tenant tenant = TenantContext.require();
        var labels = new Gradebook.CsvLabels(
                getTranslation("gradebook.column.learner"),
                getTranslation("gradebook.column.email"),
                getTranslation("gradebook.column.cohort"),
                getTranslation("gradebook.column.total"),
                getTranslation("gradebook.column.letter"));
        export.setHref((DownloadHandler) download -> {
            download.setFileName("gradebook-" + courseId + ".csv");
            download.setContentType("text/csv");
            TenantContext.runAs(
                    tenant, () -> gradebook.exportCsv(courseId, filter(), labels, download.getOutputStream()));
        });
        removeAll();
        var filters = new HorizontalLayout(cohort, search, setupButton, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(
                new PageHeader(getTranslation("gradebook.title", setup.title()), getTranslation("gradebook.lead")),
                filters,
                content);
        show();
    }

    /** Columns from the course's items and categories, the grid or the empty state. */
    void show() {
        content.removeAll();
        if (setup.items().isEmpty()) {
            content.add(new EmptyState(
                            getTranslation("gradebook.empty.items.title"), getTranslation("gradebook.empty.items.text"))
                    .icon(VaadinIcon.TABLE));
            return;
        }
        if (gradebook.count(courseId, GradebookFilter.ALL) == 0) {
            content.add(new EmptyState(
                            getTranslation("gradebook.empty.learners.title"),
                            getTranslation("gradebook.empty.learners.text"))
                    .icon(VaadinIcon.USERS));
            return;
        }
        grid.removeAllColumns();
        itemColumns.clear();
        grid.addColumn(GradebookRow::name)
                .setKey("learner")
                .setHeader(getTranslation("gradebook.column.learner"))
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.cohort() == null ? "" : row.cohort())
                .setKey("cohort")
                .setHeader(getTranslation("gradebook.column.cohort"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (GradebookItem item : setup.items()) {
            var column = grid.addColumn(row -> cellText(row.cell(item.moduleId())))
                    .setKey("item-" + item.moduleId())
                    .setHeader(header(item))
                    .setTooltipGenerator(row -> getTranslation("gradebook.cell.open", row.name(), item.title()))
                    .setPartNameGenerator(row -> cellPart(row.cell(item.moduleId())))
                    .setTextAlign(ColumnTextAlign.END)
                    .setWidth("9rem")
                    .setFlexGrow(0);
            itemColumns.put(column, item);
        }
        for (GradebookCategory category : setup.categories()) {
            grid.addColumn(row -> percent(row.categoryMeans().get(category.id())))
                    .setKey("category-" + category.id())
                    .setHeader(getTranslation("gradebook.column.category", category.name(), plain(category.weight())))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addColumn(row -> percent(row.total()))
                .setKey("total")
                .setHeader(getTranslation("gradebook.column.total"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.letter() == null ? getTranslation("gradebook.none") : row.letter())
                .setKey("letter")
                .setHeader(getTranslation("gradebook.column.letter"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.setItems(DataProvider.fromCallbacks(
                query -> gradebook.page(courseId, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> gradebook.count(courseId, filter())));
        content.add(grid);
    }

    GradebookFilter filter() {
        var picked = cohort.getValue();
        return new GradebookFilter(picked == null ? null : picked.id(), search.getValue());
    }

    /** The shown text of a cell: percent, then what the instructor must know about it. */
    String cellText(GradebookCell cell) {
        if (cell.percent() == null) {
            return getTranslation("gradebook.none");
        }
        String text = percent(cell.percent());
        if (cell.overridden()) {
            return getTranslation("gradebook.cell.overridden", text);
        }
        if (!cell.released()) {
            return getTranslation("gradebook.cell.not-released", text);
        }
        if (cell.pendingReview()) {
            return getTranslation("gradebook.cell.pending", text);
        }
        return text;
    }

    private static @Nullable String cellPart(GradebookCell cell) {
        if (cell.overridden()) {
            return "gradebook-overridden";
        }
        if (!cell.released()) {
            return "gradebook-unreleased";
        }
        return cell.pendingReview() ? "gradebook-pending" : null;
    }

    private String header(GradebookItem item) {
        return item.kind() == ModuleKind.ASSIGNMENT && item.points() != null
                ? getTranslation("gradebook.column.assignment", item.title(), plain(item.points()))
                : getTranslation("gradebook.column.quiz", item.title());
    }

    String percent(@Nullable BigDecimal value) {
        return value == null ? getTranslation("gradebook.none") : getTranslation("gradebook.percent", plain(value));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    void openCell(GradebookRow row, GradebookItem item) {
        var dialog = new CellDialog(
                gradebook,
                courseId,
                row,
                item,
                this::percent,
                () -> grid.getDataProvider().refreshAll());
        cellDialog = dialog;
        dialog.open();
    }

    void openSetup() {
        var dialog = new SetupDialog(gradebook, courseId, () -> {
            setup = gradebook.setup(courseId);
            show();
        });
        setupDialog = dialog;
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gradebook.page-title", setup.title());
    }
}
