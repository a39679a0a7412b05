package io.lyceum.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.compliance.Assignment;
import io.lyceum.compliance.EnrollOutcome;
import io.lyceum.compliance.NoSuchTrainingException;
import io.lyceum.compliance.PersonStatus;
import io.lyceum.compliance.RequiredTrainings;
import io.lyceum.compliance.TrainingEnrollments;
import io.lyceum.compliance.TrainingStatus;
import io.lyceum.identity.Roles;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Required training: the courses the organization requires, of whom and by when, with how many are
 * done and overdue (lazy); creating, changing and removing an assignment (confirmed); enrolling its
 * people, with each refusal named; and each assignment's people with their status.
 */
@Route(value = "admin/required-training", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
class RequiredTrainingView extends Main implements HasDynamicTitle {

    final Grid<Assignment> grid = new Grid<>();
    final Button create = new Button();
    private final RequiredTrainings trainings;
    private final TrainingEnrollments enrollments;
    private final Moments moments;

    RequiredTrainingView(RequiredTrainings trainings, TrainingEnrollments enrollments) {
        this.trainings = trainings;
        this.enrollments = enrollments;
        this.moments = new Moments(getLocale(), TenantContext.require().timeZone());
        addClassName("page");
        create.setText(getTranslation("required-training.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> edit(null));

        grid.addColumn(Assignment::courseTitle)
                .setHeader(getTranslation("required-training.column.course"))
                .setFlexGrow(2);
        grid.addColumn(this::audience)
                .setHeader(getTranslation("required-training.column.audience"))
                .setFlexGrow(1);
        grid.addColumn(this::due)
                .setHeader(getTranslation("required-training.column.due"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.recurrenceMonths() == null
                        ? getTranslation("required-training.once")
                        : getTranslation("required-training.every", row.recurrenceMonths()))
                .setHeader(getTranslation("required-training.column.recurrence"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("required-training.figures", row.done(), row.people()))
                .setHeader(getTranslation("required-training.column.done"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> row.overdue() == 0
                        ? new Badge(getTranslation("required-training.none-overdue"), Badge.Tone.SUCCESS)
                        : new Badge(getTranslation("required-training.overdue-count", row.overdue()), Badge.Tone.ERROR))
                .setHeader(getTranslation("required-training.column.overdue"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("9rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("required-training.empty"));
        grid.setItems(query -> trainings.assignments(query.getOffset(), query.getLimit()).stream(), query ->
                (int) trainings.count());

        add(
                new PageHeader(getTranslation("required-training.title"), getTranslation("required-training.lead")),
                create,
                grid);
    }

    String audience(Assignment row) {
        return switch (row.audience()) {
            case EVERYONE -> getTranslation("required-training.audience.EVERYONE");
            case ROLE ->
                getTranslation(
                        "required-training.audience.role-of",
                        getTranslation("required-training.role." + row.audienceValue()));
            case COHORT -> getTranslation("required-training.audience.cohort-of", row.audienceValue());
        };
    }

    String due(Assignment row) {
        return row.dueOn() != null
                ? getTranslation("required-training.due-on", moments.date(row.dueOn()))
                : getTranslation("required-training.due-after-days", row.dueAfterDays());
    }

    private MenuBar actions(Assignment row) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var item = menu.addItem(getTranslation("required-training.manage"));
        item.setAriaLabel(getTranslation("required-training.manage.aria", row.courseTitle()));
        item.getSubMenu().addItem(getTranslation("required-training.people"), click -> showPeople(row));
        item.getSubMenu().addItem(getTranslation("required-training.enroll"), click -> enroll(row.id()));
        item.getSubMenu().addItem(getTranslation("required-training.edit"), click -> edit(row));
        item.getSubMenu().addItem(getTranslation("required-training.remove"), click -> confirmRemove(row));
        return menu;
    }

    void edit(@Nullable Assignment row) {
        new TrainingDialog(trainings, row, id -> {
                    Toast.success(
                            getTranslation(row == null ? "required-training.assigned" : "required-training.changed"));
                    grid.getDataProvider().refreshAll();
                    if (row == null) {
                        enroll(id);
                    }
                })
                .open();
    }

    /** Enrolls the assignment's people; each refusal (the plan's student limit) is listed by name. */
    void enroll(long id) {
        try {
            EnrollOutcome outcome = enrollments.enrollAssigned(id);
            grid.getDataProvider().refreshAll();
            if (outcome.refused().isEmpty()) {
                Toast.success(getTranslation("required-training.enrolled", outcome.enrolled()));
                return;
            }
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(
                    "required-training.refused.title", outcome.refused().size()));
            DialogWidth.MEDIUM.apply(dialog);
            dialog.add(new Paragraph(getTranslation("required-training.enrolled", outcome.enrolled())));
            var refused = new Grid<EnrollOutcome.Refusal>();
            refused.addColumn(EnrollOutcome.Refusal::name).setHeader(getTranslation("required-training.column.person"));
            refused.addColumn(EnrollOutcome.Refusal::reason)
                    .setHeader(getTranslation("required-training.column.reason"))
                    .setFlexGrow(3);
            refused.setItems(outcome.refused());
            dialog.add(refused);
            dialog.getFooter().add(new Button(getTranslation("required-training.close"), click -> dialog.close()));
            dialog.open();
        } catch (NoSuchTrainingException gone) {
            Toast.error(getTranslation("required-training.gone"));
            grid.getDataProvider().refreshAll();
        }
    }

    void showPeople(Assignment row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("required-training.people.title", row.courseTitle()));
        DialogWidth.WIDE.apply(dialog);
        var people = new Grid<PersonStatus>();
        people.addColumn(PersonStatus::name)
                .setHeader(getTranslation("required-training.column.person"))
                .setFlexGrow(2);
        people.addColumn(PersonStatus::email)
                .setHeader(getTranslation("required-training.column.email"))
                .setFlexGrow(2);
        people.addComponentColumn(this::status)
                .setHeader(getTranslation("required-training.column.status"))
                .setAutoWidth(true);
        people.addColumn(person -> person.dueOn() == null ? "" : moments.date(person.dueOn()))
                .setHeader(getTranslation("required-training.column.due"))
                .setAutoWidth(true);
        people.addColumn(person -> person.refusal() == null ? "" : person.refusal())
                .setHeader(getTranslation("required-training.column.reason"))
                .setFlexGrow(2);
        people.setItems(
                query -> trainings.people(row.id(), null, query.getOffset(), query.getLimit()).stream(),
                query -> (int) trainings.countPeople(row.id(), null));
        people.setEmptyStateText(getTranslation("required-training.people.empty"));
        dialog.add(people);
        dialog.getFooter().add(new Button(getTranslation("required-training.close"), click -> dialog.close()));
        dialog.open();
    }

    Badge status(PersonStatus person) {
        TrainingStatus status = person.status();
        Badge.Tone tone = switch (status) {
            case DONE -> Badge.Tone.SUCCESS;
            case OVERDUE -> Badge.Tone.ERROR;
            case DUE_SOON -> Badge.Tone.PRIMARY;
            default -> Badge.Tone.NEUTRAL;
        };
        return new Badge(getTranslation("required-training.status." + status.name()), tone);
    }

    void confirmRemove(Assignment row) {
        var dialog = new ConfirmDialog(
                getTranslation("required-training.remove.title", row.courseTitle()),
                getTranslation("required-training.remove.text"),
                getTranslation("required-training.remove.confirm"),
                confirm -> {
                    try {
                        trainings.remove(row.id());
                        Toast.info(getTranslation("required-training.removed", row.courseTitle()));
                    } catch (NoSuchTrainingException gone) {
                        Toast.error(getTranslation("required-training.gone"));
                    }
                    grid.getDataProvider().refreshAll();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("required-training.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("required-training.page-title");
    }
}
