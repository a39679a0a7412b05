package io.lyceum.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.Toast;
import io.lyceum.course.CourseService;
import io.lyceum.grading.AssignmentConflictException;
import io.lyceum.grading.InvalidAssignmentException;
import io.lyceum.grading.RubricDetails;
import io.lyceum.grading.RubricForm;
import io.lyceum.grading.RubricSummary;
import io.lyceum.grading.Rubrics;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** A course's rubrics: the list, a new one, editing one (criteria × levels), deleting one after asking. */
@Route(value = "teach/courses/:courseId(\\d+)/rubrics", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("grading")
class RubricsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H1 heading = new H1();
    final Anchor back = new Anchor();
    final Button create = new Button(getTranslation("rubrics.create"), VaadinIcon.PLUS.create());
    final Grid<RubricSummary> grid = new Grid<>();
    final EmptyState empty =
            new EmptyState(getTranslation("rubrics.empty.title"), getTranslation("rubrics.empty.text"));

    private final Rubrics rubrics;
    private final CourseService courses;
    private long courseId;
    private String courseTitle = "";
    /** The editor of the open dialog, if one is open (for tests). */
    @Nullable RubricEditor editor;

    @Nullable Dialog dialog;

    RubricsView(Rubrics rubrics, CourseService courses) {
        this.rubrics = rubrics;
        this.courses = courses;
        addClassNames("page", "rubrics");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> open(null));
        var header = new HorizontalLayout(heading, create);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(heading);
        header.setWidthFull();

        grid.addColumn(RubricSummary::title)
                .setKey("title")
                .setHeader(getTranslation("rubrics.column.title"))
                .setFlexGrow(1);
        grid.addColumn(RubricSummary::criteria)
                .setKey("criteria")
                .setHeader(getTranslation("rubrics.column.criteria"))
                .setAutoWidth(true);
        grid.addColumn(summary -> summary.maxPoints().stripTrailingZeros().toPlainString())
                .setKey("points")
                .setHeader(getTranslation("rubrics.column.points"))
                .setAutoWidth(true);
        grid.addColumn(summary -> getTranslation("rubrics.used-by", summary.usedBy()))
                .setKey("used")
                .setHeader(getTranslation("rubrics.column.used"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("rubrics.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(back, header, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            courseTitle = courses.details(courseId).form().title();
        } catch (NoSuchItemException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        heading.setText(getTranslation("rubrics.heading", courseTitle));
        back.setText(getTranslation("rubrics.back", courseTitle));
        back.setHref("teach/courses/" + courseId);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rubrics.page-title", courseTitle);
    }

    void refresh() {
        grid.setItems(
                query -> rubrics.list(courseId, "", PageRequest.of(query.getPage(), query.getPageSize())).stream());
        boolean none = rubrics.list(courseId, "", PageRequest.of(0, 1)).isEmpty();
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    private HorizontalLayout actions(RubricSummary summary) {
        var edit = new Button(VaadinIcon.EDIT.create(), click -> open(summary.id()));
        edit.setAriaLabel(getTranslation("rubrics.edit.aria", summary.title()));
        edit.setTooltipText(getTranslation("rubrics.edit.aria", summary.title()));
        var delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(summary));
        delete.setAriaLabel(getTranslation("rubrics.delete.aria", summary.title()));
        delete.setTooltipText(getTranslation("rubrics.delete.aria", summary.title()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(edit, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        }
        return new HorizontalLayout(edit, delete);
    }

    /** Opens the editor of a rubric, or of a new one ({@code rubricId} null). */
    void open(@Nullable Long rubricId) {
        RubricDetails existing = rubricId == null ? null : rubrics.rubric(rubricId);
        RubricForm form = existing == null
                ? new RubricForm(
                        "",
                        List.of(new RubricForm.Criterion(
                                null, "", "", List.of(new RubricForm.Level(null, "", "", null)))))
                : existing.form();
        var rubricEditor = new RubricEditor(form);
        var window = new Dialog();
        DialogWidth.WIDE.apply(window);
        window.setHeaderTitle(
                existing == null ? getTranslation("rubrics.new") : getTranslation("rubrics.edit", existing.title()));
        window.add(rubricEditor);
        var save = new Button(getTranslation("rubrics.save"), click -> {
            try {
                if (existing == null) {
                    rubrics.create(courseId, rubricEditor.form());
                } else {
                    rubrics.update(existing.id(), existing.version(), rubricEditor.form());
                }
                Toast.success(getTranslation("rubrics.saved"));
                window.close();
                refresh();
            } catch (ConstraintViolationException e) {
                rubricEditor.show(e);
            } catch (AssignmentConflictException | InvalidAssignmentException e) {
                Toast.error(e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("rubrics.cancel"), click -> window.close());
        window.getFooter().add(cancel, save);
        window.addDialogCloseActionListener(close -> window.close());
        window.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                editor = null;
                dialog = null;
            }
        });
        editor = rubricEditor;
        dialog = window;
        window.open();
        rubricEditor.title.focus();
    }

    private void confirmDelete(RubricSummary summary) {
        var confirm = new ConfirmDialog(
                getTranslation("rubrics.delete.title", summary.title()),
                summary.usedBy() == 0
                        ? getTranslation("rubrics.delete.text")
                        : getTranslation("rubrics.delete.text.used", summary.usedBy()),
                getTranslation("rubrics.delete.confirm"),
                event -> {
                    try {
                        rubrics.delete(summary.id());
                        Toast.success(getTranslation("rubrics.deleted", summary.title()));
                    } catch (InvalidAssignmentException e) {
                        Toast.error(e.getMessage());
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("rubrics.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
