package io.lyceum.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.course.CourseConflictException;
import io.lyceum.course.CourseNotFoundException;
import io.lyceum.course.CourseService;
import io.lyceum.course.CourseStatus;
import io.lyceum.course.InvalidCourseException;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.Outline;
import io.lyceum.course.OutlineItem;
import io.lyceum.course.QuizModules;
import io.lyceum.course.content.ModuleSettingsEditor;
import io.lyceum.files.ui.ImageUploads;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.Roles;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.plugin.PluginService;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;

/**
 * The course builder: the outline (sections and modules) reordered by drag and drop or by keyboard,
 * and the selected module's editor beside it. Every reorder is saved at once, in one transaction;
 * when it fails the outline shows the stored order again and says why.
 */
@Route(value = "teach/courses/:courseId(\\d+)", layout = OrgLayout.class)
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
@PluginView("courses")
class CourseBuilderView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Badge status = new Badge();
    final Button details = new Button(getTranslation("builder.details"), VaadinIcon.EDIT.create());
    final Button instructors = new Button(getTranslation("builder.instructors"), VaadinIcon.USERS.create());
    final Button preview = new Button(getTranslation("builder.preview"), VaadinIcon.EYE.create());
    final Button learners = new Button(getTranslation("builder.learners"), VaadinIcon.GROUP.create());
    final Button gradebook = new Button(getTranslation("gradebook.builder-link"), VaadinIcon.TABLE.create());
    final Button grade = new Button(getTranslation("grading.builder-link"), VaadinIcon.CLIPBOARD_CHECK.create());
    final Button publish = new Button();
    final Button addText = new Button(getTranslation("builder.add.text"), VaadinIcon.FILE_TEXT_O.create());
    final Button addVideo = new Button(getTranslation("builder.add.video"), VaadinIcon.FILM.create());
    final Button addQuiz = new Button(getTranslation("builder.add.quiz"), VaadinIcon.QUESTION_CIRCLE_O.create());
    final Button addAssignment =
            new Button(getTranslation("assignment-settings.add"), VaadinIcon.CLIPBOARD_TEXT.create());
    final Button rubrics = new Button(getTranslation("rubrics.link"), VaadinIcon.CHECK_SQUARE_O.create());
    final Button addSection = new Button(getTranslation("builder.add.section"), VaadinIcon.LIST.create());
    final Grid<OutlineItem> outlineGrid = new Grid<>();
    final Div editorSlot = new Div();
    /** Why the course is read-only (past the plan's course limit): the service's reason, shown above all. */
    final Paragraph readOnly = new Paragraph();

    private final CourseService courses;
    private final QuizModules quizzes;
    private final ImageUploads images;
    private final UploadLimits limits;
    private final UserService users;
    private final CurrentUser currentUser;
    private final ObjectProvider<ModuleSettingsEditor> settingsEditors;
    private long courseId;
    private @Nullable String readOnlyReason;
    private Outline outline = new Outline(0, "", CourseStatus.DRAFT, 0, List.of());
    private @Nullable OutlineItem dragged;
    private @Nullable ModuleEditor editor;
    /** The row moved by its buttons, whose move button takes the focus once the grid shows it again. */
    private @Nullable Refocus refocus;
    /** The move button last given the focus after a move (for tests: focus itself is the browser's). */
    private @Nullable Button focusedAfterMove;

    /** Where the focus returns after a move: the moved row's button for the same direction. */
    private record Refocus(OutlineItem.Ref row, boolean up) {}

    CourseBuilderView(
            CourseService courses,
            QuizModules quizzes,
            ImageUploads images,
            UploadLimits limits,
            PluginService plugins,
            UserService users,
            CurrentUser currentUser,
            ObjectProvider<ModuleSettingsEditor> settingsEditors) {
        this.settingsEditors = settingsEditors;
        this.courses = courses;
        this.quizzes = quizzes;
        this.images = images;
        this.limits = limits;
        this.users = users;
        this.currentUser = currentUser;
        addClassNames("page", "course-builder");

        details.addClickListener(click -> editDetails());
        preview.addClickListener(
                click -> getUI().ifPresent(ui -> ui.navigate(CoursePreviewView.class, parameters(courseId))));
        publish.addClickListener(click -> togglePublished());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        instructors.addClickListener(click -> editInstructors());
        // The learning module owns the learners page; link by address to keep modules one-way.
        learners.addClickListener(
                click -> getUI().ifPresent(ui -> ui.navigate("teach/courses/" + courseId + "/learners")));
        // Grading owns the rubrics page and the gradebook; linked by address like the learners page.
        rubrics.addClickListener(
                click -> getUI().ifPresent(ui -> ui.navigate("teach/courses/" + courseId + "/rubrics")));
        rubrics.setVisible(plugins.isActive("grading"));
        gradebook.addClickListener(
                click -> getUI().ifPresent(ui -> ui.navigate("teach/courses/" + courseId + "/gradebook")));
        gradebook.setVisible(plugins.isActive("grading"));
        grade.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("teach/courses/" + courseId + "/grading")));
        grade.setVisible(plugins.isActive("grading"));
        var header = new HorizontalLayout(
                title, status, new Span(), details, instructors, learners, rubrics, grade, gradebook, preview, publish);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        header.setWidthFull();
        header.setWrap(true);

        addText.addClickListener(click -> addModule(ModuleForm.text(getTranslation("builder.new-text"), "")));
        addVideo.addClickListener(click -> addModule(
                ModuleForm.video(getTranslation("builder.new-video"), "", null).withPublished(false)));
        addQuiz.addClickListener(click -> addModule(ModuleForm.quiz(getTranslation("builder.new-quiz"))));
        addQuiz.setVisible(plugins.isActive("quizzes"));
        addAssignment.addClickListener(
                click -> addModule(ModuleForm.assignment(getTranslation("assignment-settings.new-module"), "")));
        addAssignment.setVisible(plugins.isActive("grading"));
        addAssignment.setAriaLabel(getTranslation("assignment-settings.add.aria"));
        addSection.addClickListener(click -> askSectionTitle());
        // The accessible name starts with the visible word (WCAG 2.5.3), then says what it adds.
        addText.setAriaLabel(getTranslation("builder.add.text.aria"));
        addVideo.setAriaLabel(getTranslation("builder.add.video.aria"));
        addQuiz.setAriaLabel(getTranslation("builder.add.quiz.aria"));
        addSection.setAriaLabel(getTranslation("builder.add.section.aria"));
        var adders = new HorizontalLayout(
                new Span(getTranslation("builder.add")), addText, addVideo, addQuiz, addAssignment, addSection);
        adders.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        adders.setWrap(true);

        outlineGrid
                .addComponentColumn(this::rowLabel)
                .setKey("item")
                .setHeader(getTranslation("builder.outline"))
                .setFlexGrow(1);
        outlineGrid
                .addComponentColumn(this::moveButtons)
                .setKey("move")
                .setHeader(getTranslation("builder.move"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        outlineGrid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        outlineGrid.setRowsDraggable(true);
        outlineGrid.setDropMode(GridDropMode.BETWEEN);
        outlineGrid.addDragStartListener(event -> {
            dragged = event.getDraggedItems().getFirst();
            refocus = null;
        });
        outlineGrid.addDragEndListener(event -> dragged = null);
        outlineGrid.addDropListener(event -> {
            if (dragged != null) {
                event.getDropTargetItem()
                        .ifPresentOrElse(
                                target -> move(dropOrder(outline.items(), dragged, target, event.getDropLocation())),
                                () -> move(dropOrder(outline.items(), dragged, null, GridDropLocation.EMPTY)));
            }
        });
        outlineGrid.setEmptyStateText(getTranslation("builder.outline.empty"));
        outlineGrid.addItemClickListener(event -> {
            if (!event.getItem().isSection()) {
                select(event.getItem().id());
            }
        });
        outlineGrid.setPartNameGenerator(item -> item.isSection() ? "section-row" : null);

        var left = new Div(adders, outlineGrid);
        left.addClassName("outline-pane");
        var split = new SplitLayout(left, editorSlot);
        split.setSplitterPosition(42);
        split.setWidthFull();
        editorSlot.addClassName("editor-pane");
        readOnly.addClassName("notice");
        readOnly.getElement().setAttribute("role", "note");
        readOnly.setVisible(false);
        add(header, readOnly, split);
    }

    static RouteParameters parameters(long courseId) {
        return new RouteParameters("courseId", Long.toString(courseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long requested = event.getRouteParameters().getLong("courseId").orElse(-1L);
        if (requested != courseId) {
            // Vaadin reuses this view when one course's builder links to another's.
            editor = null;
            editorSlot.removeAll();
        }
        courseId = requested;
        try {
            reload();
        } catch (CourseNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor != null && editor.hasUnsavedChanges()) {
            var action = event.postpone();
            confirmDiscard(action::proceed);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("builder.page-title", outline.title());
    }

    /** Stores a new order: the single server call behind drag and drop and the move buttons. */
    void move(List<OutlineItem.Ref> order) {
        try {
            long version = courses.reorder(courseId, outline.version(), order);
            reload();
            if (outline.version() != version) {
                throw new IllegalStateException("Outline reloaded at an unexpected version");
            }
        } catch (CourseConflictException | InvalidCourseException | PlanLimitException e) {
            reload();
            Toast.error(e.getMessage());
        }
    }

    Outline outline() {
        return outline;
    }

    private void reload() {
        outline = courses.outline(courseId);
        readOnlyReason = courses.readOnlyReason(courseId).orElse(null);
        boolean editable = readOnlyReason == null;
        readOnly.setText(readOnlyReason);
        readOnly.setVisible(!editable);
        for (Button change :
                List.of(details, instructors, publish, addText, addVideo, addQuiz, addAssignment, addSection)) {
            change.setEnabled(editable);
            change.setTooltipText(readOnlyReason);
        }
        outlineGrid.setRowsDraggable(editable);
        outlineGrid.setDropMode(editable ? GridDropMode.BETWEEN : null);
        if (editor != null) {
            editor.readOnly(readOnlyReason);
        }
        title.setText(outline.title());
        instructors.setVisible(currentUser.has(Role.ADMIN));
        status.setText(getTranslation(CoursesView.statusKey(outline.status())));
        status.setTone(CoursesView.tone(outline.status()));
        publish.setText(
                getTranslation(outline.status() == CourseStatus.PUBLISHED ? "builder.unpublish" : "builder.publish"));
        outlineGrid.setItems(outline.items());
        if (editor == null && !outline.modules().isEmpty()) {
            select(outline.modules().getFirst().id());
        } else if (outline.modules().isEmpty()) {
            editorSlot.removeAll();
            editorSlot.add(new EmptyState(getTranslation("builder.start.title"), getTranslation("builder.start.text")));
        }
    }

    void select(long moduleId) {
        if (editor != null && editor.moduleId() == moduleId) {
            return;
        }
        Runnable open = () -> {
            var module = courses.module(moduleId);
            editor = new ModuleEditor(
                    courses,
                    quizzes,
                    images,
                    limits,
                    module,
                    settingsFor(module.form().kind(), moduleId),
                    saved -> reload());
            editor.readOnly(readOnlyReason);
            editorSlot.removeAll();
            editorSlot.add(editor);
        };
        if (editor != null && editor.hasUnsavedChanges()) {
            confirmDiscard(open);
        } else {
            open.run();
        }
    }

    /** The settings editor another module contributes for this kind of module, if one does. */
    private @Nullable Component settingsFor(ModuleKind kind, long moduleId) {
        return settingsEditors
                .orderedStream()
                .filter(editor -> editor.kind() == kind)
                .findFirst()
                .map(editor -> editor.editor(courseId, moduleId))
                .orElse(null);
    }

    @Nullable ModuleEditor editor() {
        return editor;
    }

    private void addModule(ModuleForm form) {
        long id = courses.addModule(courseId, form);
        reload();
        select(id);
    }

    private void askSectionTitle() {
        var name = new TextField(getTranslation("builder.section.title"));
        name.setMaxLength(ModuleForm.TITLE_MAX_LENGTH);
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("builder.section.new"));
        dialog.add(name);
        dialog.setCancelable(true);
        dialog.setConfirmText(getTranslation("builder.section.add"));
        dialog.addConfirmListener(event -> {
            try {
                courses.addSection(courseId, name.getValue());
                reload();
            } catch (ConstraintViolationException e) {
                e.getConstraintViolations().forEach(violation -> Toast.error(violation.getMessage()));
            }
        });
        dialog.open();
        name.focus();
    }

    private void editDetails() {
        var current = courses.details(courseId);
        new CourseDialog(images, current.form(), form -> {
                    try {
                        courses.update(courseId, current.version(), form);
                    } finally {
                        reload();
                    }
                })
                .open();
    }

    /** Admins choose co-instructors: they see and edit the course like its owner. */
    void editInstructors() {
        var current = courses.details(courseId);
        var pick = new MultiSelectComboBox<UserSummary>(getTranslation("builder.co-instructors"));
        pick.setItemLabelGenerator(user -> user.displayName() + " <" + user.email() + ">");
        pick.setItems(query -> users
                .withRole(
                        Role.INSTRUCTOR,
                        query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        pick.setValue(Set.copyOf(users.byIds(current.coInstructors())));
        pick.setWidthFull();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("builder.instructors.title", current.title()));
        dialog.add(pick);
        dialog.setCancelable(true);
        dialog.setConfirmText(getTranslation("builder.instructors.save"));
        dialog.addConfirmListener(event -> {
            courses.assignInstructors(
                    courseId, pick.getValue().stream().map(UserSummary::id).collect(Collectors.toSet()));
            Toast.success(getTranslation("builder.instructors.saved"));
            reload();
        });
        dialog.open();
    }

    private void togglePublished() {
        try {
            if (outline.status() == CourseStatus.PUBLISHED) {
                courses.unpublish(courseId);
                Toast.info(getTranslation("builder.course.unpublished"));
            } else {
                courses.publish(courseId);
                Toast.success(getTranslation("builder.course.published"));
            }
        } catch (InvalidCourseException | PlanLimitException e) {
            Toast.error(e.getMessage());
        }
        reload();
    }

    private void confirmDiscard(Runnable proceed) {
        var dialog = new ConfirmDialog(
                getTranslation("builder.discard.title"),
                getTranslation("builder.discard.text"),
                getTranslation("builder.discard.confirm"),
                event -> proceed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("builder.discard.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private HorizontalLayout rowLabel(OutlineItem item) {
        var label = new Span(item.title());
        label.addClassName("outline-title");
        var row = new HorizontalLayout();
        row.setSpacing(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (item.isSection()) {
            row.add(VaadinIcon.FOLDER_OPEN_O.create(), label);
            row.addClassName("outline-section");
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> confirmDeleteSection(item));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("builder.section.remove.aria", item.title()));
            remove.setEnabled(readOnlyReason == null);
            row.add(remove);
        } else {
            var kind = (switch (item.kind()) {
                        case VIDEO -> VaadinIcon.FILM;
                        case QUIZ -> VaadinIcon.QUESTION_CIRCLE_O;
                        case ASSIGNMENT -> VaadinIcon.CLIPBOARD_TEXT;
                        case TEXT -> VaadinIcon.FILE_TEXT_O;
                    })
                    .create();
            row.add(kind, label);
            if (!item.published()) {
                var draft = new Badge(getTranslation("builder.badge.unpublished"), Badge.Tone.CONTRAST);
                row.add(draft);
            }
            if (!item.required()) {
                var optional = new Badge(getTranslation("builder.badge.optional"), Badge.Tone.NEUTRAL);
                row.add(optional);
            }
            var remove = new Button(VaadinIcon.TRASH.create(), click -> confirmDeleteModule(item));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("builder.module.delete.aria", item.title()));
            remove.setEnabled(readOnlyReason == null);
            row.add(remove);
        }
        return row;
    }

    private HorizontalLayout moveButtons(OutlineItem item) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), click -> moveByButton(item, true));
        up.setAriaLabel(getTranslation("builder.move-up.aria", item.title()));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> moveByButton(item, false));
        down.setAriaLabel(getTranslation("builder.move-down.aria", item.title()));
        for (Button button : List.of(up, down)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        }
        int index = outline.items().indexOf(item);
        up.setEnabled(readOnlyReason == null && index > 0);
        down.setEnabled(readOnlyReason == null && index < outline.items().size() - 1);
        if (refocus != null && refocus.row().equals(item.ref())) {
            // The grid draws its rows anew after a move, so the pressed button is gone and the
            // browser's focus fell to the page: give it to the moved row's button, or its other one
            // when the row reached the top or the bottom.
            Button same = refocus.up() ? up : down;
            Button other = refocus.up() ? down : up;
            refocus = null;
            focusWhenShown(same.isEnabled() ? same : other);
        }
        return new HorizontalLayout(up, down);
    }

    /** A move by the row's own buttons (a keyboard user's way): the focus follows the row. */
    private void moveByButton(OutlineItem item, boolean up) {
        refocus = new Refocus(item.ref(), up);
        move(up ? moveUp(outline.items(), item) : moveDown(outline.items(), item));
        outline.items().stream()
                .filter(moved -> moved.ref().equals(item.ref()))
                .findFirst()
                .ifPresent(outlineGrid::scrollToItem);
    }

    /**
     * Focuses the button once the grid has put it in its cell: the grid places rendered components
     * after this response arrives, so the browser waits for it (a few frames at most).
     */
    private void focusWhenShown(Button button) {
        focusedAfterMove = button;
        button.getElement().executeJs("""
                        const button = this;
                        let frames = 0;
                        const focus = () => {
                          if (button.isConnected && button.offsetParent !== null) button.focus();
                          else if (frames++ < 60) requestAnimationFrame(focus);
                        };
                        focus();""");
    }

    @Nullable Button focusedAfterMove() {
        return focusedAfterMove;
    }

    private void confirmDeleteModule(OutlineItem item) {
        var dialog = new ConfirmDialog(
                getTranslation("builder.module.delete.title", item.title()),
                getTranslation("builder.module.delete.text"),
                getTranslation("builder.module.delete.confirm"),
                event -> {
                    try {
                        courses.deleteModule(item.id());
                        if (editor != null && editor.moduleId() == item.id()) {
                            editor = null;
                        }
                    } catch (InvalidCourseException e) {
                        Toast.error(e.getMessage());
                    }
                    reload();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmDeleteSection(OutlineItem item) {
        var dialog = new ConfirmDialog(
                getTranslation("builder.section.delete.title", item.title()),
                getTranslation("builder.section.delete.text"),
                getTranslation("builder.section.delete.confirm"),
                event -> {
                    courses.deleteSection(item.id());
                    reload();
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    // ---- order arithmetic (pure, tested directly)

    /** Sections move with their modules; modules move one row, crossing section headings. */
    static List<OutlineItem.Ref> moveUp(List<OutlineItem> items, OutlineItem item) {
        int index = items.indexOf(item);
        if (index <= 0) {
            return refs(items);
        }
        if (!item.isSection()) {
            var order = new ArrayList<>(items);
            order.add(index - 1, order.remove(index));
            return refs(order);
        }
        int previousStart = index - 1;
        while (previousStart > 0 && !items.get(previousStart).isSection()) {
            previousStart--;
        }
        return refs(moveBlock(items, index, previousStart));
    }

    static List<OutlineItem.Ref> moveDown(List<OutlineItem> items, OutlineItem item) {
        int index = items.indexOf(item);
        if (index < 0 || index >= items.size() - 1) {
            return refs(items);
        }
        if (!item.isSection()) {
            var order = new ArrayList<>(items);
            order.add(index + 1, order.remove(index));
            return refs(order);
        }
        int next = blockEnd(items, index);
        if (next >= items.size()) {
            return refs(items);
        }
        return refs(moveBlock(items, index, blockEnd(items, next)));
    }

    /** Where a dropped row goes; a dropped section takes its modules along and never splits another. */
    static List<OutlineItem.Ref> dropOrder(
            List<OutlineItem> items, OutlineItem dragged, @Nullable OutlineItem target, GridDropLocation location) {
        int from = items.indexOf(dragged);
        if (from < 0 || dragged.equals(target)) {
            return refs(items);
        }
        int to = target == null ? items.size() : items.indexOf(target) + (location == GridDropLocation.BELOW ? 1 : 0);
        if (!dragged.isSection()) {
            var order = new ArrayList<>(items);
            order.remove(from);
            order.add(from < to ? to - 1 : to, dragged);
            return refs(order);
        }
        // Snap the insertion point to the start of a section block (or the end of the outline).
        while (to < items.size() && !items.get(to).isSection()) {
            to++;
        }
        return refs(moveBlock(items, from, to));
    }

    private static int blockEnd(List<OutlineItem> items, int sectionIndex) {
        int end = sectionIndex + 1;
        while (end < items.size() && !items.get(end).isSection()) {
            end++;
        }
        return end;
    }

    /** Moves the section block starting at {@code start} so that it begins at index {@code to}. */
    private static List<OutlineItem> moveBlock(List<OutlineItem> items, int start, int to) {
        int end = blockEnd(items, start);
        if (to >= start && to <= end) {
            return items;
        }
        var block = new ArrayList<>(items.subList(start, end));
        var rest = new ArrayList<>(items);
        rest.subList(start, end).clear();
        int insertAt = to > start ? to - block.size() : to;
        rest.addAll(insertAt, block);
        return rest;
    }

    private static List<OutlineItem.Ref> refs(List<OutlineItem> items) {
        return items.stream().map(OutlineItem::ref).toList();
    }
}
