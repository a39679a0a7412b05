package io.lyceum.grading.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.grading.Grading;
import io.lyceum.identity.Roles;
import io.lyceum.learning.AnswerReviews;
import io.lyceum.learning.CourseCohorts;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Grading a course's assignments (Canvas's SpeedGrader). Without a module: the course's assignments
 * with how much waits in each. With one: its queue (work to grade first; by cohort, late, status)
 * beside one submission's sheet. Next and previous open the neighbour in this same page, no reload
 * (the address follows, so a reload or a shared link opens the same learner); keys: j / k next and
 * previous, 1–9 a rubric level, Ctrl+Enter save, ignored while typing in a field (but Ctrl+Enter).
 * Previous goes back the way the grader came, as a browser's back does: grading moves work out of
 * "to grade", so the queue's own order would not lead back to it.
 */
@Route(value = "teach/courses/:courseId(\\d+)/grading/:moduleId?(\\d+)", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("grading")
class GradingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Submissions fetched per round trip of the queue's lazy grid. */
    static final int PAGE_SIZE = 50;

    // Keys reach the server unless the grader is typing; Ctrl+Enter always (it saves what is typed).
    /*
     * Keys reach the server unless the grader is typing; Ctrl+Enter always, with the feedback as typed.
     * Typed feedback is also sent after a pause, with the submission it was typed for: a value synced
     * late (after moving on) would otherwise land on the next learner's sheet.
     */
    private static final String KEYS = """
            const view = this;
            if (view.$gradingKeys) document.removeEventListener('keydown', view.$gradingKeys);
            if (view.$gradingTyped) view.removeEventListener('input', view.$gradingTyped);
            const sheetId = () => view.querySelector('.grading-sheet')?.dataset.submission ?? null;
            const feedback = () => view.querySelector('.grading-sheet vaadin-text-area.grading-feedback');
            view.$gradingTyped = e => {
              const area = feedback();
              if (!area || !e.composedPath().includes(area)) return;
              const id = sheetId();
              clearTimeout(view.$gradingTimer);
              view.$gradingTimer = setTimeout(() => view.$server.typed(id, area.value), 1500);
            };
            view.addEventListener('input', view.$gradingTyped);
            view.$gradingKeys = e => {
              if (!view.isConnected) {
                document.removeEventListener('keydown', view.$gradingKeys);
                return;
              }
              const target = e.composedPath()[0];
              const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
              if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
                e.preventDefault();
                clearTimeout(view.$gradingTimer);
                const area = feedback();
                view.$server.pressed('save', sheetId(), area ? area.value : null);
                return;
              }
              if (typing || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
              if (e.key === 'j' || e.key === 'k' || /^[1-9]$/.test(e.key)) {
                e.preventDefault();
                clearTimeout(view.$gradingTimer);
                view.$server.pressed(e.key, null, null);
              }
            };
            document.addEventListener('keydown', view.$gradingKeys);""";

    final Grid<Grading.AssignmentSummary> assignments = new Grid<>();
    final Grid<Grading.QueueEntry> queue = new Grid<>();
    final Grid<AnswerReviews.ModuleToReview> quizzesToMark = new Grid<>();

    @Nullable AnswerMarking answerMarking;

    final ComboBox<CourseCohorts.CohortSummary> cohort = new ComboBox<>(getTranslation("grading.filter.cohort"));
    final Select<Optional<Grading.QueueStatus>> status = new Select<>();
    final Checkbox lateOnly = new Checkbox(getTranslation("grading.filter.late"));
    final Button releaseAll = new Button(getTranslation("grading.release-all"), VaadinIcon.EYE.create());
    final Div content = new Div();
    final SheetPanel sheet;

    private final Grading grading;
    private final CourseCohorts cohorts;
    private final AnswerReviews answerReviews;
    private final Deque<Long> back = new ArrayDeque<>();
    private final Deque<Long> forward = new ArrayDeque<>();
    private long courseId;
    private @Nullable Long moduleId;
    private String title = "";

    GradingView(Grading grading, CourseCohorts cohorts, AnswerReviews answerReviews) {
        this.grading = grading;
        this.cohorts = cohorts;
        this.answerReviews = answerReviews;
        this.sheet = new SheetPanel(grading, () -> queue.getDataProvider().refreshAll());
        addClassNames("page", "grading");
        setId("grading-view");

        cohort.setItemLabelGenerator(CourseCohorts.CohortSummary::name);
        cohort.setClearButtonVisible(true);
        cohort.setPlaceholder(getTranslation("grading.filter.all-cohorts"));
        cohort.addValueChangeListener(change -> queue.getDataProvider().refreshAll());
        status.setLabel(getTranslation("grading.filter.status"));
        status.setItems(
                Optional.empty(),
                Optional.of(Grading.QueueStatus.TO_GRADE),
                Optional.of(Grading.QueueStatus.GRADED),
                Optional.of(Grading.QueueStatus.RELEASED));
        status.setItemLabelGenerator(
                state -> state.map(this::statusLabel).orElse(getTranslation("grading.filter.all-statuses")));
        status.setValue(Optional.empty());
        status.addValueChangeListener(change -> queue.getDataProvider().refreshAll());
        lateOnly.addValueChangeListener(change -> queue.getDataProvider().refreshAll());
        releaseAll.addClickListener(click -> confirmReleaseAll());

        queue.setPageSize(PAGE_SIZE);
        queue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        queue.setEmptyStateText(getTranslation("grading.queue.no-match"));
        queue.setAriaLabel(getTranslation("grading.queue"));
        queue.addItemClickListener(click -> {
            if (sheet.sheet() != null
                    && sheet.sheet().submissionId() != click.getItem().submissionId()) {
                back.push(sheet.sheet().submissionId());
                forward.clear();
            }
            openSubmission(click.getItem().submissionId());
        });
        sheet.previous.addClickListener(click -> previous());
        sheet.next.addClickListener(click -> next());

        assignments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        assignments.setAllRowsVisible(true);
        assignments.setAriaLabel(getTranslation("grading.assignments"));
        quizzesToMark.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        quizzesToMark.setAllRowsVisible(true);
        quizzesToMark.setAriaLabel(getTranslation("grading.answers.section"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        Long module = event.getRouteParameters().getLong("moduleId").orElse(null);
        try {
            title = grading.courseTitle(courseId);
            removeAll();
            back.clear();
            forward.clear();
            moduleId = null;
            String assignment = module == null ? null : assignmentTitle(module);
            if (assignment != null) {
                moduleId = module;
                showAssignment(
                        assignment,
                        event.getLocation()
                                .getQueryParameters()
                                .getSingleParameter("submission")
                                .flatMap(GradingView::parseId)
                                .orElse(null));
            } else if (module == null || !showAnswers(module)) {
                // A module of the course that is neither an assignment nor a quiz shows the overview.
                showOverview();
            }
        } catch (NoSuchItemException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    /** The title of the module if it is an assignment of this course, else null. */
    private @Nullable String assignmentTitle(long module) {
        try {
            return grading.assignmentTitle(courseId, module);
        } catch (NoSuchItemException e) {
            return null;
        }
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.page-title", title);
    }

    private void showOverview() {
        add(new PageHeader(getTranslation("grading.title", title), getTranslation("grading.lead")));
        List<Grading.AssignmentSummary> list = grading.assignments(courseId);
        List<AnswerReviews.ModuleToReview> quizzes = answerReviews.modulesToReview(courseId);
        if (list.isEmpty() && quizzes.isEmpty()) {
            add(new EmptyState(getTranslation("grading.empty.title"), getTranslation("grading.empty.text"))
                    .icon(VaadinIcon.CLIPBOARD_CHECK));
            return;
        }
        if (!list.isEmpty()) {
            showAssignments(list);
        }
        if (!quizzes.isEmpty()) {
            showQuizzes(quizzes);
        }
    }

    private void showAssignments(List<Grading.AssignmentSummary> list) {
        assignments.removeAllColumns();
        assignments
                .addComponentColumn(item -> moduleLink(item.title(), item.moduleId()))
                .setKey("title")
                .setHeader(getTranslation("grading.column.assignment"))
                .setFlexGrow(1);
        assignments
                .addColumn(Grading.AssignmentSummary::toGrade)
                .setKey("to-grade")
                .setHeader(getTranslation("grading.column.to-grade"));
        assignments
                .addColumn(Grading.AssignmentSummary::graded)
                .setKey("graded")
                .setHeader(getTranslation("grading.column.graded"));
        assignments
                .addColumn(Grading.AssignmentSummary::released)
                .setKey("released")
                .setHeader(getTranslation("grading.column.released"));
        assignments.setItems(list);
        add(assignments);
    }

    private void showQuizzes(List<AnswerReviews.ModuleToReview> quizzes) {
        quizzesToMark.removeAllColumns();
        quizzesToMark
                .addComponentColumn(item -> moduleLink(item.title(), item.moduleId()))
                .setKey("title")
                .setHeader(getTranslation("grading.answers.column.quiz"))
                .setFlexGrow(1);
        quizzesToMark
                .addColumn(AnswerReviews.ModuleToReview::waiting)
                .setKey("waiting")
                .setHeader(getTranslation("grading.answers.column.waiting"));
        quizzesToMark.setItems(quizzes);
        add(new H2(getTranslation("grading.answers.section")), quizzesToMark);
    }

    private RouterLink moduleLink(String text, long module) {
        return new RouterLink(
                text,
                GradingView.class,
                new RouteParameters(
                        java.util.Map.of("courseId", Long.toString(courseId), "moduleId", Long.toString(module))));
    }

    private RouterLink overviewLink() {
        return new RouterLink(
                getTranslation("grading.back"),
                GradingView.class,
                new RouteParameters("courseId", Long.toString(courseId)));
    }

    /** A quiz's answers to mark; false when the module is no quiz of this course. */
    private boolean showAnswers(long module) {
        String quiz;
        try {
            quiz = grading.moduleTitle(courseId, module);
            answerMarking = new AnswerMarking(answerReviews, courseId, module);
        } catch (NoSuchItemException e) {
            return false;
        }
        add(new PageHeader(getTranslation("grading.answers.title", quiz), title), overviewLink(), answerMarking);
        return true;
    }

    private void showAssignment(String assignment, @Nullable Long submission) {
        long module = java.util.Objects.requireNonNull(moduleId);
        add(new PageHeader(getTranslation("grading.assignment-title", assignment), title), overviewLink());
        // The same view serves every assignment: filters start afresh for each one.
        cohort.clear();
        status.setValue(Optional.empty());
        lateOnly.setValue(false);
        releaseAll.setEnabled(true);
        cohort.setItems(cohorts.of(courseId));
        var filters = new HorizontalLayout(cohort, status, lateOnly, releaseAll);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, content);
        content.removeAll();
        content.addClassName("grading-layout");
        if (grading.count(courseId, module, Grading.QueueFilter.ALL) == 0) {
            content.add(new EmptyState(
                            getTranslation("grading.queue.empty.title"), getTranslation("grading.queue.empty.text"))
                    .icon(VaadinIcon.INBOX));
            releaseAll.setEnabled(false);
            return;
        }
        configureQueue(module);
        content.add(queue, sheet);
        // A submission in the address that is not (or no longer) this assignment's: the queue's first.
        if (submission == null || !openSubmission(submission)) {
            openSubmission(grading.queue(courseId, module, Grading.QueueFilter.ALL, 0, 1)
                    .getFirst()
                    .submissionId());
        }
    }

    private void configureQueue(long module) {
        Moments moments = new Moments(getLocale(), TenantContext.require().timeZone());
        queue.removeAllColumns();
        queue.addColumn(Grading.QueueEntry::learner)
                .setKey("learner")
                .setHeader(getTranslation("grading.column.learner"))
                .setFlexGrow(1);
        queue.addColumn(entry -> statusLabel(entry.status()))
                .setKey("status")
                .setHeader(getTranslation("grading.column.status"))
                .setAutoWidth(true);
        queue.addColumn(entry -> details(entry, moments))
                .setKey("details")
                .setHeader(getTranslation("grading.column.submitted"))
                .setAutoWidth(true);
        queue.setPartNameGenerator(
                entry -> sheet.sheet() != null && sheet.sheet().submissionId() == entry.submissionId()
                        ? "grading-current"
                        : null);
        queue.setItems(DataProvider.fromCallbacks(
                query -> grading.queue(courseId, module, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> grading.count(courseId, module, filter())));
    }

    private String details(Grading.QueueEntry entry, Moments moments) {
        var text = new StringBuilder(moments.dateTime(entry.submittedAt()));
        if (entry.late()) {
            text.append(" · ").append(getTranslation("grading.meta.late", entry.daysLate()));
        }
        if (entry.extendedTo() != null) {
            text.append(" · ").append(getTranslation("grading.queue.extended", moments.dateTime(entry.extendedTo())));
        }
        if (entry.points() != null) {
            text.append(" · ").append(entry.points().stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }

    private String statusLabel(Grading.QueueStatus state) {
        return getTranslation("grading.status." + state.name().toLowerCase(Locale.ROOT));
    }

    Grading.QueueFilter filter() {
        return new Grading.QueueFilter(
                cohort.getValue() == null ? null : cohort.getValue().id(),
                lateOnly.getValue(),
                status.getValue() == null ? null : status.getValue().orElse(null));
    }

    /** Opens a submission in the sheet and puts its address in the browser's, without a reload. */
    boolean openSubmission(long submissionId) {
        if (moduleId == null) {
            return false;
        }
        try {
            sheet.show(grading.open(courseId, moduleId, submissionId, filter()));
        } catch (NoSuchItemException e) {
            Toast.error(getTranslation("grading.submission-gone"));
            return false;
        }
        Grading.Sheet shown = java.util.Objects.requireNonNull(sheet.sheet());
        sheet.previous.setEnabled(!back.isEmpty() || shown.previousId() != null);
        sheet.next.setEnabled(!forward.isEmpty() || shown.nextId() != null);
        queue.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null, "teach/courses/" + courseId + "/grading/" + moduleId + "?submission=" + submissionId));
        return true;
    }

    /** The next learner: the way forward the grader came back from, else the queue's next. */
    void next() {
        Grading.Sheet shown = sheet.sheet();
        if (shown == null || !sheet.saveNow()) {
            return;
        }
        Long target = !forward.isEmpty() ? forward.pop() : shown.nextId();
        if (target != null) {
            back.push(shown.submissionId());
            openSubmission(target);
        }
    }

    /** The previous learner: the one the grader came from, else the queue's previous. */
    void previous() {
        Grading.Sheet shown = sheet.sheet();
        if (shown == null || !sheet.saveNow()) {
            return;
        }
        Long target = !back.isEmpty() ? back.pop() : shown.previousId();
        if (target != null) {
            forward.push(shown.submissionId());
            openSubmission(target);
        }
    }

    /**
     * A key pressed on the page (see {@link #KEYS}); with Ctrl+Enter, the feedback as typed on the
     * sheet of that submission.
     */
    @ClientCallable
    void pressed(String key, @Nullable String submissionId, @Nullable String feedbackText) {
        if (feedbackText != null && submissionId != null) {
            parseId(submissionId).ifPresent(id -> sheet.typed(id, feedbackText));
        }
        key(key);
    }

    /** Feedback typed on the sheet of a submission, sent after a pause in typing. */
    @ClientCallable
    void typed(@Nullable String submissionId, String feedbackText) {
        if (submissionId != null) {
            parseId(submissionId).ifPresent(id -> sheet.typed(id, feedbackText));
        }
    }

    /** What a key does: j / k next and previous, 1–9 a rubric level, "save". */
    void key(String key) {
        if (sheet.sheet() == null) {
            return;
        }
        switch (key) {
            case "j" -> next();
            case "k" -> previous();
            case "save" -> sheet.saveNow();
            default -> {
                if (key.length() == 1 && Character.isDigit(key.charAt(0))) {
                    sheet.level(key.charAt(0) - '0');
                }
            }
        }
    }

    private void confirmReleaseAll() {
        if (moduleId == null) {
            return;
        }
        long module = moduleId;
        sheet.saveNow();
        int graded = grading.count(courseId, module, new Grading.QueueFilter(null, false, Grading.QueueStatus.GRADED));
        if (graded == 0) {
            Toast.info(getTranslation("grading.release-all.none"));
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("grading.release-all.title", graded));
        dialog.setText(getTranslation("grading.release-all.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("grading.cancel"));
        dialog.setConfirmText(getTranslation("grading.release-all.confirm", graded));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(confirm -> {
            int released = grading.releaseAll(courseId, module);
            Toast.success(getTranslation("grading.release-all.done", released));
            Grading.Sheet shown = sheet.sheet();
            if (shown != null) {
                openSubmission(shown.submissionId());
            }
        });
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(KEYS);
    }
}
