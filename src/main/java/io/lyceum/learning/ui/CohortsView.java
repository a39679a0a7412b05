package io.lyceum.learning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Roles;
import io.lyceum.learning.CohortException;
import io.lyceum.learning.CohortForm;
import io.lyceum.learning.CohortService;
import io.lyceum.learning.CohortService.CohortMember;
import io.lyceum.learning.CohortService.CohortRow;
import io.lyceum.learning.CohortService.GroupRow;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A course's cohorts (start date, schedule, members) and project groups, for its instructors. */
@Route(value = "teach/courses/:courseId(\\d+)/cohorts", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("cohorts")
class CohortsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button create = new Button(getTranslation("cohorts.create"));
    final Grid<CohortRow> cohortGrid = new Grid<>();
    final Div cohortsEmpty = new Div();
    final H2 membersTitle = new H2();
    final Grid<CohortMember> members = new Grid<>();
    final MultiSelectComboBox<CohortMember> pick = new MultiSelectComboBox<>(getTranslation("cohorts.members.pick"));
    final Button addMembers = new Button(getTranslation("cohorts.members.add"));
    final Div membersPanel = new Div();
    final TextField groupName = new TextField(getTranslation("cohorts.groups.name"));
    final Button createGroup = new Button(getTranslation("cohorts.groups.create"));
    final Grid<GroupRow> groupGrid = new Grid<>();
    TabSheet tabs = new TabSheet();

    @Nullable CohortDialog dialog;

    private final CohortService cohorts;
    private final CourseService courses;
    private long courseId;
    private @Nullable CohortRow selected;

    CohortsView(CohortService cohorts, CourseService courses) {
        this.cohorts = cohorts;
        this.courses = courses;
        addClassName("page");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openDialog(null));
        addMembers.addClickListener(click -> addPicked());
        createGroup.addClickListener(click -> newGroup());
        pick.setItemLabelGenerator(m -> m.cohortName() == null
                ? getTranslation("cohorts.members.pick-item", m.name(), m.email())
                : getTranslation("cohorts.members.pick-item-in", m.name(), m.email(), m.cohortName()));
        pick.setWidth("28rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        String title;
        try {
            title = courses.outline(courseId).title();
        } catch (NoSuchItemException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        var moments = new Moments(getLocale(), TenantContext.require().timeZone());
        removeAll();
        cohortGrid.removeAllColumns();
        cohortGrid
                .addColumn(CohortRow::name)
                .setHeader(getTranslation("cohorts.column.name"))
                .setFlexGrow(2);
        cohortGrid
                .addColumn(
                        row -> row.startsOn() == null ? getTranslation("cohorts.none") : moments.date(row.startsOn()))
                .setHeader(getTranslation("cohorts.column.starts"));
        cohortGrid
                .addColumn(row -> getTranslation("cohorts.members.count", row.members()))
                .setHeader(getTranslation("cohorts.column.members"));
        cohortGrid
                .addComponentColumn(row -> {
                    var edit = new Button(getTranslation("cohorts.edit"), click -> openDialog(row));
                    edit.setAriaLabel(getTranslation("cohorts.edit.aria", row.name()));
                    var delete = new Button(getTranslation("cohorts.delete"), click -> confirmDelete(row));
                    delete.setAriaLabel(getTranslation("cohorts.delete.aria", row.name()));
                    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    return new HorizontalLayout(edit, delete);
                })
                .setHeader(getTranslation("cohorts.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        cohortGrid.setAllRowsVisible(true);
        cohortGrid.addSelectionListener(
                selection -> select(selection.getFirstSelectedItem().orElse(null)));

        members.removeAllColumns();
        members.addColumn(CohortMember::name).setHeader(getTranslation("cohorts.column.learner"));
        members.addColumn(CohortMember::email).setHeader(getTranslation("cohorts.column.email"));
        members.addComponentColumn(member -> {
                    var remove = new Button(getTranslation("cohorts.members.remove"), click -> remove(member));
                    remove.setAriaLabel(getTranslation("cohorts.members.remove.aria", member.name()));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    return remove;
                })
                .setHeader(getTranslation("cohorts.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        members.setEmptyStateText(getTranslation("cohorts.members.empty"));
        pick.setItems(query ->
                cohorts
                        .learners(
                                courseId,
                                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("enrolledAt", "id")))
                        .stream()
                        .filter(m -> matches(m, query.getFilter().orElse(""))));
        var addBar = new HorizontalLayout(pick, addMembers);
        addBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        membersPanel.removeAll();
        membersPanel.add(membersTitle, addBar, members);
        membersPanel.setVisible(false);

        groupGrid.removeAllColumns();
        groupGrid.addColumn(GroupRow::name).setHeader(getTranslation("cohorts.groups.column.name"));
        groupGrid
                .addColumn(group -> group.members().isEmpty()
                        ? getTranslation("cohorts.none")
                        : group.members().stream().map(CohortMember::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("cohorts.groups.column.members"))
                .setFlexGrow(3);
        groupGrid
                .addComponentColumn(group -> {
                    var edit = new Button(getTranslation("cohorts.groups.edit"), click -> editGroup(group));
                    edit.setAriaLabel(getTranslation("cohorts.groups.edit.aria", group.name()));
                    var delete = new Button(getTranslation("cohorts.delete"), click -> confirmDeleteGroup(group));
                    delete.setAriaLabel(getTranslation("cohorts.delete.aria", group.name()));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    return new HorizontalLayout(edit, delete);
                })
                .setHeader(getTranslation("cohorts.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        groupGrid.setAllRowsVisible(true);
        groupGrid.setEmptyStateText(getTranslation("cohorts.groups.empty"));
        var groupBar = new HorizontalLayout(groupName, createGroup);
        groupBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        var cohortsTab = new Div(create, cohortsEmpty, cohortGrid, membersPanel);
        var groupsTab = new Div(groupBar, groupGrid);
        tabs = new TabSheet();
        tabs.add(getTranslation("cohorts.tab.cohorts"), cohortsTab);
        tabs.add(getTranslation("cohorts.tab.groups"), groupsTab);
        var links = new HorizontalLayout(
                new Anchor("teach/courses/" + courseId + "/learners", getTranslation("cohorts.link.learners")),
                new Anchor("teach/courses/" + courseId + "/deadlines", getTranslation("cohorts.link.deadlines")));
        add(new PageHeader(getTranslation("cohorts.title", title), getTranslation("cohorts.lead")), links, tabs);
        refresh();
    }

    private static boolean matches(CohortMember member, String filter) {
        String text = filter.strip().toLowerCase(Locale.ROOT);
        return text.isEmpty()
                || member.name().toLowerCase(Locale.ROOT).contains(text)
                || member.email().toLowerCase(Locale.ROOT).contains(text);
    }

    void refresh() {
        List<CohortRow> rows = cohorts.list(courseId);
        cohortGrid.setItems(rows);
        cohortGrid.setVisible(!rows.isEmpty());
        cohortsEmpty.removeAll();
        if (rows.isEmpty()) {
            cohortsEmpty.add(
                    new EmptyState(getTranslation("cohorts.empty.title"), getTranslation("cohorts.empty.text")));
        }
        if (selected != null) {
            long id = selected.id();
            select(rows.stream().filter(row -> row.id() == id).findFirst().orElse(null));
        }
        groupGrid.setItems(cohorts.groups(courseId));
    }

    void select(@Nullable CohortRow row) {
        selected = row;
        membersPanel.setVisible(row != null);
        if (row != null) {
            membersTitle.setText(getTranslation("cohorts.members.title", row.name()));
            members.setItems(
                    query -> cohorts
                            .members(
                                    row.id(),
                                    PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("enrolledAt", "id")))
                            .stream(),
                    query -> (int)
                            cohorts.members(row.id(), PageRequest.of(0, 1)).getTotalElements());
        }
    }

    void addPicked() {
        if (selected == null || pick.getValue().isEmpty()) {
            return;
        }
        cohorts.addMembers(
                selected.id(),
                pick.getValue().stream().map(CohortMember::enrollmentId).toList());
        Toast.success(getTranslation("cohorts.members.added", pick.getValue().size(), selected.name()));
        pick.clear();
        refresh();
    }

    void remove(CohortMember member) {
        if (selected != null) {
            cohorts.removeMember(selected.id(), member.enrollmentId());
            Toast.success(getTranslation("cohorts.members.removed", member.name()));
            refresh();
        }
    }

    void openDialog(@Nullable CohortRow row) {
        var opened = new CohortDialog(row);
        dialog = opened;
        opened.open();
    }

    void confirmDelete(CohortRow row) {
        var confirm = new ConfirmDialog(
                getTranslation("cohorts.delete.title", row.name()),
                getTranslation("cohorts.delete.text", row.members()),
                getTranslation("cohorts.delete.confirm"),
                event -> {
                    cohorts.delete(row.id());
                    if (selected != null && selected.id() == row.id()) {
                        selected = null;
                        cohortGrid.deselectAll();
                    }
                    Toast.success(getTranslation("cohorts.deleted", row.name()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("cohorts.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void newGroup() {
        try {
            cohorts.createGroup(courseId, groupName.getValue());
            groupName.clear();
            groupName.setInvalid(false);
            refresh();
        } catch (CohortException e) {
            groupName.setErrorMessage(e.getMessage());
            groupName.setInvalid(true);
        }
    }

    void editGroup(GroupRow group) {
        var name = new TextField(getTranslation("cohorts.groups.name"));
        name.setValue(group.name());
        var learners = new MultiSelectComboBox<CohortMember>(getTranslation("cohorts.groups.members"));
        learners.setItemLabelGenerator(m -> getTranslation("cohorts.members.pick-item", m.name(), m.email()));
        List<CohortMember> all = cohorts.learners(courseId, PageRequest.of(0, 500, Sort.by("enrolledAt", "id")))
                .getContent();
        learners.setItems(all);
        var chosen = group.members().stream().map(CohortMember::enrollmentId).collect(Collectors.toSet());
        learners.setValue(
                all.stream().filter(m -> chosen.contains(m.enrollmentId())).collect(Collectors.toSet()));
        learners.setHelperText(getTranslation("cohorts.groups.members.help"));
        learners.setWidthFull();
        var edit = new Dialog(getTranslation("cohorts.groups.edit.title", group.name()));
        DialogWidth.NARROW.apply(edit);
        edit.add(new Div(name, learners));
        var save = new Button(getTranslation("cohorts.save"), click -> {
            try {
                cohorts.renameGroup(group.id(), name.getValue());
                cohorts.setGroupMembers(
                        group.id(),
                        learners.getValue().stream()
                                .map(CohortMember::enrollmentId)
                                .toList());
                edit.close();
                refresh();
            } catch (CohortException e) {
                name.setErrorMessage(e.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.getFooter().add(new Button(getTranslation("cohorts.cancel"), click -> edit.close()), save);
        edit.open();
    }

    void confirmDeleteGroup(GroupRow group) {
        var confirm = new ConfirmDialog(
                getTranslation("cohorts.groups.delete.title", group.name()),
                getTranslation("cohorts.groups.delete.text"),
                getTranslation("cohorts.delete.confirm"),
                event -> {
                    cohorts.deleteGroup(group.id());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("cohorts.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.page-title");
    }

    /** Create or edit a cohort: name, start date, schedule; refusals next to their field. */
    final class CohortDialog extends Dialog {

        final TextField name = new TextField(getTranslation("cohorts.field.name"));
        final DatePicker startsOn = new DatePicker(getTranslation("cohorts.field.starts-on"));
        final TextArea schedule = new TextArea(getTranslation("cohorts.field.schedule"));
        final Button save = new Button(getTranslation("cohorts.save"));
        private final @Nullable CohortRow editing;

        CohortDialog(@Nullable CohortRow editing) {
            this.editing = editing;
            setHeaderTitle(
                    editing == null
                            ? getTranslation("cohorts.dialog.create")
                            : getTranslation("cohorts.dialog.edit", editing.name()));
            DialogWidth.MEDIUM.apply(this);
            name.setRequiredIndicatorVisible(true);
            name.setMaxLength(CohortForm.NAME_MAX_LENGTH);
            name.setWidthFull();
            schedule.setHelperText(getTranslation("cohorts.field.schedule.help"));
            schedule.setWidthFull();
            schedule.setMinHeight("10rem");
            if (editing != null) {
                name.setValue(editing.name());
                startsOn.setValue(editing.startsOn());
                schedule.setValue(editing.schedule());
            }
            add(new Div(name, startsOn, schedule));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            getFooter().add(new Button(getTranslation("cohorts.cancel"), click -> close()), save);
        }

        void save() {
            name.setInvalid(false);
            schedule.setInvalid(false);
            var form = new CohortForm(name.getValue(), startsOn.getValue(), schedule.getValue());
            try {
                if (editing == null) {
                    cohorts.create(courseId, form);
                    Toast.success(getTranslation("cohorts.created", form.name().strip()));
                } else {
                    cohorts.update(editing.id(), editing.version(), form);
                    Toast.success(getTranslation("cohorts.saved", form.name().strip()));
                }
                close();
                refresh();
            } catch (ConstraintViolationException e) {
                for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                    show(fields().getOrDefault(last(violation.getPropertyPath()), name), violation.getMessage());
                }
            } catch (CohortException e) {
                if (e.field().equals("name")) {
                    show(name, e.getMessage());
                } else {
                    Toast.error(e.getMessage());
                }
            }
        }

        private Map<String, HasValidation> fields() {
            return Map.of("name", name, "schedule", schedule);
        }

        private static void show(HasValidation field, String message) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }

        private static String last(Path path) {
            String last = "";
            for (Path.Node node : path) {
                last = node.getName() == null ? last : node.getName();
            }
            return last;
        }
    }
}
