package io.lyceum.grading.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
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
import io.lyceum.grading.DeadlineService;
import io.lyceum.grading.DeadlineService.AssignmentDeadlines;
import io.lyceum.grading.DeadlineService.CohortDue;
import io.lyceum.grading.DeadlineService.Extension;
import io.lyceum.grading.DeadlineService.ExtensionForm;
import io.lyceum.identity.Roles;
import io.lyceum.learning.CourseCohorts.CohortSummary;
import io.lyceum.learning.LearnerRow;
import io.lyceum.learning.LearnersReport;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** A course's assignments with their due dates: the assignment's own, per cohort, and extensions. */
@Route(value = "teach/courses/:courseId(\\d+)/deadlines", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("grading")
class DeadlinesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** One section per assignment, in outline order; tests find their buttons here. */
    final List<AssignmentSection> sections = new ArrayList<>();

    final Div content = new Div();

    @Nullable ExtensionDialog extensionDialog;

    @Nullable CohortDueDialog cohortDueDialog;

    private final DeadlineService deadlines;
    private final CourseService courses;
    private final LearnersReport learners;
    private long courseId;
    private ZoneId zone = ZoneId.of("UTC");
    private Moments moments = new Moments(Locale.ENGLISH, zone);

    DeadlinesView(DeadlineService deadlines, CourseService courses, LearnersReport learners) {
        this.deadlines = deadlines;
        this.courses = courses;
        this.learners = learners;
        addClassName("page");
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
        zone = TenantContext.require().timeZone();
        moments = new Moments(getLocale(), zone);
        removeAll();
        var links = new HorizontalLayout(
                new Anchor("teach/courses/" + courseId + "/learners", getTranslation("deadlines.link.learners")),
                new Anchor("teach/courses/" + courseId + "/cohorts", getTranslation("deadlines.link.cohorts")));
        add(
                new PageHeader(
                        getTranslation("deadlines.title", title), getTranslation("deadlines.lead", zone.getId())),
                links,
                content);
        refresh();
    }

    void refresh() {
        content.removeAll();
        sections.clear();
        List<AssignmentDeadlines> all = deadlines.list(courseId);
        if (all.isEmpty()) {
            content.add(
                    new EmptyState(getTranslation("deadlines.empty.title"), getTranslation("deadlines.empty.text")));
            return;
        }
        for (AssignmentDeadlines assignment : all) {
            var section = new AssignmentSection(assignment);
            sections.add(section);
            content.add(section);
        }
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? getTranslation("deadlines.no-due") : moments.dateTime(instant);
    }

    /** An assignment: its due date, per-cohort due dates and extensions, with the buttons to change them. */
    final class AssignmentSection extends Section {

        final AssignmentDeadlines assignment;
        final Grid<CohortDue> cohortDues = new Grid<>();
        final Grid<Extension> extensions = new Grid<>();
        final Button setCohortDue = new Button(getTranslation("deadlines.cohort-due.set"));
        final Button grant = new Button(getTranslation("deadlines.extension.grant"));

        AssignmentSection(AssignmentDeadlines assignment) {
            this.assignment = assignment;
            addClassName("deadlines-assignment");
            add(new H2(assignment.title()));
            add(new Paragraph(getTranslation("deadlines.base-due", when(assignment.dueAt()))));

            cohortDues.addColumn(CohortDue::cohortName).setHeader(getTranslation("deadlines.column.cohort"));
            cohortDues
                    .addColumn(due -> getTranslation(
                            "deadlines.cohort-due.rule",
                            due.daysAfterStart(),
                            due.dueTime().toString()))
                    .setHeader(getTranslation("deadlines.column.rule"));
            cohortDues
                    .addColumn(due -> due.dueAt() == null
                            ? getTranslation("deadlines.cohort-due.no-start")
                            : moments.dateTime(due.dueAt()))
                    .setHeader(getTranslation("deadlines.column.due"));
            cohortDues
                    .addComponentColumn(due -> {
                        var clear =
                                new Button(getTranslation("deadlines.cohort-due.clear"), click -> confirmClear(due));
                        clear.setAriaLabel(getTranslation("deadlines.cohort-due.clear.aria", due.cohortName()));
                        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        return clear;
                    })
                    .setHeader(getTranslation("deadlines.column.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            cohortDues.setItems(assignment.cohortDues());
            cohortDues.setAllRowsVisible(true);
            cohortDues.setEmptyStateText(getTranslation("deadlines.cohort-due.empty"));

            extensions.addColumn(Extension::who).setHeader(getTranslation("deadlines.column.who"));
            extensions
                    .addColumn(ext -> moments.dateTime(ext.dueAt()))
                    .setHeader(getTranslation("deadlines.column.new-due"));
            extensions
                    .addColumn(Extension::reason)
                    .setHeader(getTranslation("deadlines.column.reason"))
                    .setFlexGrow(2);
            extensions
                    .addColumn(ext -> ext.grantedBy() == null ? getTranslation("deadlines.unknown") : ext.grantedBy())
                    .setHeader(getTranslation("deadlines.column.granted-by"));
            extensions
                    .addComponentColumn(ext -> {
                        var change = new Button(
                                getTranslation("deadlines.extension.change"), click -> openExtension(this, ext));
                        change.setAriaLabel(getTranslation("deadlines.extension.change.aria", ext.who()));
                        var revoke =
                                new Button(getTranslation("deadlines.extension.revoke"), click -> confirmRevoke(ext));
                        revoke.setAriaLabel(getTranslation("deadlines.extension.revoke.aria", ext.who()));
                        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        return new HorizontalLayout(change, revoke);
                    })
                    .setHeader(getTranslation("deadlines.column.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            extensions.setItems(assignment.extensions());
            extensions.setAllRowsVisible(true);
            extensions.setEmptyStateText(getTranslation("deadlines.extension.empty"));

            setCohortDue.addClickListener(click -> openCohortDue(this));
            grant.addClickListener(click -> openExtension(this, null));
            add(new HorizontalLayout(setCohortDue, grant), cohortDues, extensions);
        }
    }

    void openCohortDue(AssignmentSection section) {
        var dialog = new CohortDueDialog(section.assignment);
        cohortDueDialog = dialog;
        dialog.open();
    }

    void openExtension(AssignmentSection section, @Nullable Extension existing) {
        var dialog = new ExtensionDialog(section.assignment, existing);
        extensionDialog = dialog;
        dialog.open();
    }

    void confirmClear(CohortDue due) {
        long assignmentId = sections.stream()
                .filter(s -> s.assignment.cohortDues().contains(due))
                .findFirst()
                .map(s -> s.assignment.assignmentId())
                .orElseThrow();
        var confirm = new ConfirmDialog(
                getTranslation("deadlines.cohort-due.clear.title", due.cohortName()),
                getTranslation("deadlines.cohort-due.clear.text"),
                getTranslation("deadlines.cohort-due.clear"),
                event -> {
                    deadlines.clearCohortDue(assignmentId, due.cohortId());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("deadlines.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void confirmRevoke(Extension extension) {
        var confirm = new ConfirmDialog(
                getTranslation("deadlines.extension.revoke.title", extension.who()),
                getTranslation("deadlines.extension.revoke.text"),
                getTranslation("deadlines.extension.revoke"),
                event -> {
                    deadlines.revokeExtension(extension.id());
                    Toast.success(getTranslation("deadlines.extension.revoked", extension.who()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("deadlines.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadlines.page-title");
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** A cohort's due date: so many days after its start, at a time of the organization's zone. */
    final class CohortDueDialog extends Dialog {

        final ComboBox<CohortSummary> cohort = new ComboBox<>(getTranslation("deadlines.field.cohort"));
        final IntegerField days = new IntegerField(getTranslation("deadlines.field.days"));
        final TimePicker time = new TimePicker(getTranslation("deadlines.field.time"));
        final Button save = new Button(getTranslation("deadlines.save"));

        CohortDueDialog(AssignmentDeadlines assignment) {
            setHeaderTitle(getTranslation("deadlines.cohort-due.title", assignment.title()));
            DialogWidth.NARROW.apply(this);
            cohort.setItems(deadlines.cohorts(courseId));
            cohort.setItemLabelGenerator(CohortSummary::name);
            cohort.setRequiredIndicatorVisible(true);
            days.setMin(0);
            days.setMax(DeadlineService.MAX_DAYS_AFTER_START);
            days.setRequiredIndicatorVisible(true);
            days.setHelperText(getTranslation("deadlines.field.days.help"));
            time.setValue(LocalTime.of(23, 59));
            time.setHelperText(getTranslation("deadlines.field.time.help", zone.getId()));
            add(new Div(cohort, days, time));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save(assignment));
            getFooter().add(new Button(getTranslation("deadlines.cancel"), click -> close()), save);
        }

        void save(AssignmentDeadlines assignment) {
            cohort.setInvalid(false);
            days.setInvalid(false);
            boolean ok = true;
            if (cohort.getValue() == null) {
                show(cohort, getTranslation("deadlines.field.cohort.required"));
                ok = false;
            }
            if (days.getValue() == null || days.isInvalid()) {
                show(days, getTranslation("deadlines.field.days.required", DeadlineService.MAX_DAYS_AFTER_START));
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                deadlines.setCohortDue(
                        assignment.assignmentId(),
                        cohort.getValue().id(),
                        days.getValue(),
                        time.getValue() == null ? LocalTime.of(23, 59) : time.getValue());
                close();
                Toast.success(getTranslation(
                        "deadlines.cohort-due.saved", cohort.getValue().name()));
                refresh();
            } catch (ConstraintViolationException e) {
                e.getConstraintViolations().forEach(violation -> show(days, violation.getMessage()));
            }
        }
    }

    /** An extension for a cohort or one learner: the new due date and time, and the reason (required). */
    final class ExtensionDialog extends Dialog {

        final ComboBox<CohortSummary> cohort = new ComboBox<>(getTranslation("deadlines.field.for-cohort"));
        final ComboBox<LearnerRow> learner = new ComboBox<>(getTranslation("deadlines.field.for-learner"));
        final DateTimePicker due = new DateTimePicker(getTranslation("deadlines.field.new-due"));
        final TextArea reason = new TextArea(getTranslation("deadlines.field.reason"));
        final Button save = new Button(getTranslation("deadlines.extension.save"));

        ExtensionDialog(AssignmentDeadlines assignment, @Nullable Extension existing) {
            setHeaderTitle(getTranslation("deadlines.extension.title", assignment.title()));
            DialogWidth.NARROW.apply(this);
            var courseCohorts = deadlines.cohorts(courseId);
            cohort.setItems(courseCohorts);
            cohort.setItemLabelGenerator(CohortSummary::name);
            cohort.setClearButtonVisible(true);
            learner.setItems(query ->
                    learners.learners(courseId, PageRequest.of(query.getPage(), query.getPageSize())).stream()
                            .filter(row -> query.getFilter()
                                    .map(text -> (row.name() + " " + row.email())
                                            .toLowerCase(Locale.ROOT)
                                            .contains(text.toLowerCase(Locale.ROOT)))
                                    .orElse(true)));
            learner.setItemLabelGenerator(row -> getTranslation("deadlines.learner-item", row.name(), row.email()));
            learner.setClearButtonVisible(true);
            learner.setHelperText(getTranslation("deadlines.field.for.help"));
            due.setHelperText(getTranslation("deadlines.field.time.help", zone.getId()));
            due.setRequiredIndicatorVisible(true);
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(DeadlineService.REASON_MAX_LENGTH);
            reason.setWidthFull();
            cohort.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    learner.clear();
                }
            });
            learner.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    cohort.clear();
                }
            });
            if (existing != null) {
                if (existing.cohortId() != null) {
                    courseCohorts.stream()
                            .filter(c -> c.id() == existing.cohortId())
                            .findFirst()
                            .ifPresent(cohort::setValue);
                } else {
                    learners.learners(courseId, PageRequest.of(0, 1000)).stream()
                            .filter(row -> row.userId() == existing.userId())
                            .findFirst()
                            .ifPresent(learner::setValue);
                }
                due.setValue(existing.dueAt().atZone(zone).toLocalDateTime());
                reason.setValue(existing.reason());
            }
            add(new Div(cohort, learner, due, reason));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save(assignment));
            getFooter().add(new Button(getTranslation("deadlines.cancel"), click -> close()), save);
        }

        void save(AssignmentDeadlines assignment) {
            learner.setInvalid(false);
            due.setInvalid(false);
            reason.setInvalid(false);
            boolean ok = true;
            if (cohort.getValue() == null && learner.getValue() == null) {
                show(learner, getTranslation("deadlines.field.for.required"));
                ok = false;
            }
            if (due.getValue() == null) {
                show(due, getTranslation("deadlines.field.new-due.required"));
                ok = false;
            }
            if (reason.getValue().isBlank()) {
                show(reason, getTranslation("deadlines.field.reason.required"));
                ok = false;
            }
            if (!ok) {
                return;
            }
            var form = new ExtensionForm(
                    cohort.getValue() == null ? null : cohort.getValue().id(),
                    learner.getValue() == null ? null : learner.getValue().userId(),
                    due.getValue().atZone(zone).toInstant(),
                    reason.getValue());
            try {
                deadlines.grantExtension(assignment.assignmentId(), form);
                close();
                Toast.success(getTranslation("deadlines.extension.granted"));
                refresh();
            } catch (ConstraintViolationException e) {
                for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                    show(
                            violation.getPropertyPath().toString().endsWith("dueAt") ? due : reason,
                            violation.getMessage());
                }
            }
        }
    }
}
