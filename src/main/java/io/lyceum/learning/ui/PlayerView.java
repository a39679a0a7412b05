package io.lyceum.learning.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.Toast;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.StudentCourse;
import io.lyceum.course.StudentModule;
import io.lyceum.course.content.ModuleContent;
import io.lyceum.course.content.ModuleWorkPanel;
import io.lyceum.learning.EnrollmentException;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.learning.EnrollmentSummary;
import io.lyceum.learning.LearningProgress;
import io.lyceum.learning.QuizTaking;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The course player, laid out for reading: the course and its progress on top, the module list
 * beside the content (sticky, collapsible; a drawer on a phone), the module in a column of reading
 * width, and below it Previous, Mark as done and a Next that names the module it leads to. Opening
 * the course again resumes where the student left off.
 */
@Route(value = "learn/courses/:courseId(\\d+)/play/:moduleId?(\\d+)", layout = OrgLayout.class)
@PermitAll
class PlayerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ProgressBar progress = new ProgressBar(0, 100);
    final Span progressText = new Span();
    final Nav modules = new Nav();
    final NativeDetails moduleDrawer = new NativeDetails();
    final Div content = new Div();
    final Button markDone = new Button(VaadinIcon.CHECK.create());
    final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    private final Button closeDrawer = new Button(VaadinIcon.CLOSE.create());
    private final RouterLink courseLink = new RouterLink();
    final Badge completion = new Badge("", Badge.Tone.SUCCESS);
    final Paragraph watchingNote = new Paragraph();

    private final CourseCatalog catalog;
    private final EnrollmentService enrollments;
    private final LearningProgress learningProgress;
    private final QuizTaking quizzes;
    private final ObjectProvider<ModuleWorkPanel> workPanels;
    private StudentCourse course = StudentCourse.none();
    private StudentModule current = new StudentModule(0, "", ModuleKind.TEXT, true, "", null, null);
    private @Nullable ModuleContent shown;

    PlayerView(
            CourseCatalog catalog,
            EnrollmentService enrollments,
            LearningProgress learningProgress,
            QuizTaking quizzes,
            ObjectProvider<ModuleWorkPanel> workPanels) {
        this.workPanels = workPanels;
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.learningProgress = learningProgress;
        this.quizzes = quizzes;
        addClassNames("page", "player");
        markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markDone.addClickListener(click -> markDone());
        previous.addClickListener(click -> step(-1));
        next.setIconAfterText(true);
        next.addClassName("player-next");
        next.addClickListener(click -> step(1));
        progress.getElement().setAttribute("aria-label", getTranslation("player.progress.aria"));
        modules.addClassName("player-module-list");
        modules.getElement().setAttribute("aria-label", getTranslation("player.modules"));
        closeDrawer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        closeDrawer.setAriaLabel(getTranslation("player.modules.close"));
        closeDrawer.addClassName("drawer-close");
        closeDrawer.addClickListener(click -> moduleDrawer.setOpen(false));
        moduleDrawer.addClassName("player-modules");
        moduleDrawer.setOpen(true);
        moduleDrawer.setContent(new Div(closeDrawer, modules));
        // Escape closes the list where it is a drawer over the page (a phone), as a dialog would.
        moduleDrawer
                .getElement()
                .addEventListener("keydown", event -> moduleDrawer.setOpen(false))
                .setFilter("event.key === 'Escape' && matchMedia('(max-width: 600px)').matches");
        content.addClassName("player-content");
        watchingNote.addClassName("watching-note");
        watchingNote.getElement().setAttribute("role", "status");
        courseLink.addClassName("player-course");
        var status = new Div(progress, progressText, completion);
        status.addClassName("player-status");
        var header = new Header(courseLink, status);
        header.addClassName("player-header");
        var body = new Div(moduleDrawer, content);
        body.addClassName("player-body");
        add(header, body);
    }

    static RouteParameters parameters(long courseId) {
        return new RouteParameters("courseId", Long.toString(courseId));
    }

    static RouteParameters parameters(long courseId, long moduleId) {
        return new RouteParameters(Map.of("courseId", Long.toString(courseId), "moduleId", Long.toString(moduleId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        Optional<StudentCourse> found = catalog.course(courseId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No such course");
            return;
        }
        course = found.get();
        courseLink.setText(course.title());
        courseLink.setRoute(CoursePageView.class, CoursePageView.parameters(courseId));
        Optional<EnrollmentSummary> enrollment =
                enrollments.mine(courseId).filter(e -> e.status() != EnrollmentStatus.WITHDRAWN);
        if (enrollment.isEmpty()) {
            event.forwardTo(CoursePageView.class, CoursePageView.parameters(courseId));
            return;
        }
        List<StudentModule> all = course.modules();
        if (all.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("player.no-modules")));
            return;
        }
        Optional<Long> asked = event.getRouteParameters().getLong("moduleId");
        Long resume = enrollment.get().lastModuleId();
        Optional<StudentModule> chosen = asked.isPresent()
                ? all.stream().filter(module -> module.id() == asked.get()).findFirst()
                : all.stream()
                        .filter(module -> resume != null && module.id() == resume)
                        .findFirst()
                        .or(() -> Optional.of(all.getFirst()));
        if (chosen.isEmpty()) {
            // Unpublished or another course's module: students never reach it by URL.
            event.rerouteToError(NotFoundException.class, "No such module");
            return;
        }
        current = chosen.get();
        render(enrollment.get());
        // On a phone the list is a drawer: it opens when asked, and a module chosen in it closes it.
        moduleDrawer.getElement().executeJs("if (matchMedia('(max-width: 600px)').matches) this.open = false");
    }

    private void render(EnrollmentSummary enrollment) {
        Set<Long> done = renderStatus(enrollment);
        renderContent(done);
    }

    /** Progress, completion badge and the module list with its marks. */
    private Set<Long> renderStatus(EnrollmentSummary enrollment) {
        Set<Long> done = learningProgress.completedModules(course.id());
        progress.setValue(enrollment.progress().doubleValue());
        progressText.setText(getTranslation("player.progress", enrollment.progress()));
        boolean completed = enrollment.status() == EnrollmentStatus.COMPLETED;
        completion.setText(completed ? getTranslation("player.completed") : "");
        completion.setVisible(completed);
        long doneHere = course.modules().stream()
                .filter(module -> done.contains(module.id()))
                .count();
        moduleDrawer.setSummaryText(getTranslation(
                "player.modules.summary", doneHere, course.modules().size()));
        modules.removeAll();
        for (StudentCourse.Section section : course.sections()) {
            if (section.title() != null) {
                modules.add(new H3(section.title()));
            }
            for (StudentModule module : section.modules()) {
                boolean finished = done.contains(module.id());
                var link = new Button(
                        module.title(),
                        click -> getUI().ifPresent(
                                        ui -> ui.navigate(PlayerView.class, parameters(course.id(), module.id()))));
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                link.addClassName("player-module");
                if (finished) {
                    var check = VaadinIcon.CHECK_CIRCLE.create();
                    check.addClassName("module-done");
                    link.setIcon(check);
                    link.setAriaLabel(getTranslation("player.module.done", module.title()));
                }
                if (module.id() == current.id()) {
                    link.getElement().setAttribute("aria-current", "page");
                    link.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                }
                modules.add(new Div(link));
            }
        }
        boolean currentDone = done.contains(current.id());
        markDone.setEnabled(!currentDone);
        markDone.setText(getTranslation(currentDone ? "player.done" : "player.mark-done"));
        return done;
    }

    private void renderContent(Set<Long> done) {
        content.removeAll();
        shown = null;
        if (enrollments.accessEnded(course.id())) {
            content.add(new Paragraph(getTranslation("player.access-ended")));
            markDone.setVisible(false);
            return;
        }
        var shown = new ModuleContent(current);
        this.shown = shown;
        content.add(shown);
        shown.watchable().ifPresent(this::reportWatching);
        watchingNote.setVisible(false);
        if (shown.watchable().isPresent() && !done.contains(current.id())) {
            content.add(new Paragraph(
                    getTranslation("player.video-rule", Math.round(LearningProgress.WATCHED_TO_COMPLETE * 100))));
        }
        content.add(watchingNote);
        if (current.kind() == ModuleKind.QUIZ) {
            content.add(new QuizForm(quizzes, course.id(), current.id(), this::renderStatus));
        }
        // The learner's own work in the module (an assignment's submission), from the module that owns it.
        workPanels
                .orderedStream()
                .filter(panel -> panel.kind() == current.kind())
                .findFirst()
                .ifPresent(panel -> content.add(panel.panel(course.id(), current.id())));
        // Only reading completes by a click: videos by watching, quizzes and assignments by their work.
        boolean textModule = current.kind() == ModuleKind.TEXT;
        markDone.setVisible(textModule);
        List<StudentModule> all = course.modules();
        int index = all.indexOf(current);
        previous.setText(getTranslation("player.previous"));
        previous.setEnabled(index > 0);
        previous.setAriaLabel(
                index > 0
                        ? getTranslation(
                                "player.previous.aria", all.get(index - 1).title())
                        : null);
        // The last module leads back to the course's page: its outline, and the certificate once done.
        next.setText(
                index < all.size() - 1
                        ? getTranslation("player.next", all.get(index + 1).title())
                        : getTranslation("player.back-to-course"));
        var steps = new Div(previous, markDone, next);
        steps.addClassName("player-steps");
        content.add(steps);
    }

    /** Follows the player in the browser: {@code video-watch.js} reports what was actually watched. */
    private void reportWatching(ModuleContent.Watchable player) {
        String provider = switch (player.provider()) {
            case MP4, HLS -> "HTML5";
            default -> player.provider().name();
        };
        player.element().executeJs(WATCH_SCRIPT, getElement(), provider, current.id());
    }

    private static final String WATCH_SCRIPT = readScript("video-watch.js");

    private static String readScript(String name) {
        try (var in = PlayerView.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The browser could not load the module's player (the provider's player API or the video itself:
     * offline, blocked, removed): the player makes way for a message and a link to the video. A late
     * report from a module already left counts for nothing.
     */
    @ClientCallable
    void videoUnavailable(long moduleId) {
        if (current.kind() != ModuleKind.VIDEO || moduleId != current.id() || shown == null) {
            return;
        }
        shown.showUnavailable();
        if (learningProgress.completedModules(course.id()).contains(current.id())) {
            return;
        }
        watchingNote.setText(getTranslation("video.watching-elsewhere"));
        watchingNote.setVisible(true);
    }

    /**
     * Called by the browser with the module it watched, the seconds actually played and the video's
     * duration. A report from a player already left behind (its last "pause") counts for nothing.
     */
    @ClientCallable
    void watched(long moduleId, double playedSeconds, double durationSeconds) {
        if (current.kind() != ModuleKind.VIDEO || moduleId != current.id()) {
            return;
        }
        learningProgress
                .recordWatching(course.id(), current.id(), playedSeconds, durationSeconds)
                .ifPresent(after -> {
                    if (!completedShown.contains(current.id())) {
                        completedShown.add(current.id());
                        // Marks and progress only: the video keeps playing to its end.
                        renderStatus(after);
                        Toast.success(getTranslation("player.video-completed"));
                    }
                });
    }

    private final Set<Long> completedShown = new HashSet<>();

    private void markDone() {
        try {
            render(learningProgress.complete(course.id(), current.id()));
            Toast.success(getTranslation("player.module-completed"));
        } catch (EnrollmentException e) {
            Toast.error(e.getMessage());
        }
    }

    private void step(int direction) {
        List<StudentModule> all = course.modules();
        int index = all.indexOf(current) + direction;
        if (index >= 0 && index < all.size()) {
            getUI().ifPresent(ui -> ui.navigate(
                    PlayerView.class, parameters(course.id(), all.get(index).id())));
        } else if (index == all.size()) {
            getUI().ifPresent(ui -> ui.navigate(CoursePageView.class, CoursePageView.parameters(course.id())));
        }
    }

    @Override
    public String getPageTitle() {
        return current.title().isEmpty()
                ? getTranslation("player.page-title")
                : current.title() + " · " + course.title();
    }

    StudentModule current() {
        return current;
    }
}
