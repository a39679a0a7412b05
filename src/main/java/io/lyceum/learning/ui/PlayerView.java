package io.lyceum.learning.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.lyceum.base.ui.Toast;
import io.lyceum.course.CourseCatalog;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.StudentCourse;
import io.lyceum.course.StudentModule;
import io.lyceum.course.content.ModuleContent;
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

/**
 * The course player: the course's modules with completion marks, the current module, previous and
 * next, the progress bar. Opening the course again resumes where the student left off.
 */
@Route(value = "learn/courses/:courseId(\\d+)/play/:moduleId?(\\d+)", layout = OrgLayout.class)
@PageTitle("Course player")
@PermitAll
class PlayerView extends Main implements BeforeEnterObserver {

    final ProgressBar progress = new ProgressBar(0, 100);
    final Span progressText = new Span();
    final Nav modules = new Nav();
    final Div content = new Div();
    final Button markDone = new Button("Mark as done", VaadinIcon.CHECK.create());
    final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());
    final Span completion = new Span();
    final Paragraph watchingNote = new Paragraph();

    private final CourseCatalog catalog;
    private final EnrollmentService enrollments;
    private final LearningProgress learningProgress;
    private final QuizTaking quizzes;
    private StudentCourse course = new StudentCourse(0, "", "", List.of(), false);
    private StudentModule current = new StudentModule(0, "", ModuleKind.TEXT, true, "", null, null);
    private @Nullable ModuleContent shown;

    PlayerView(
            CourseCatalog catalog,
            EnrollmentService enrollments,
            LearningProgress learningProgress,
            QuizTaking quizzes) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.learningProgress = learningProgress;
        this.quizzes = quizzes;
        addClassNames("page", "player");
        markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markDone.addClickListener(click -> markDone());
        previous.addClickListener(click -> step(-1));
        next.addClickListener(click -> step(1));
        progress.getElement().setAttribute("aria-label", "Course progress");
        modules.addClassName("player-modules");
        modules.getElement().setAttribute("aria-label", "Modules");
        content.addClassName("player-content");
        watchingNote.addClassName("watching-note");
        watchingNote.getElement().setAttribute("role", "status");
        var layout = new HorizontalLayout(modules, content);
        layout.setWidthFull();
        layout.setFlexGrow(1, content);
        add(new HorizontalLayout(progress, progressText, completion), layout);
        progress.setWidth("20rem");
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
        Optional<EnrollmentSummary> enrollment =
                enrollments.mine(courseId).filter(e -> e.status() != EnrollmentStatus.WITHDRAWN);
        if (enrollment.isEmpty()) {
            event.forwardTo(CoursePageView.class, CoursePageView.parameters(courseId));
            return;
        }
        List<StudentModule> all = course.modules();
        if (all.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph("This course has no modules yet."));
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
    }

    private void render(EnrollmentSummary enrollment) {
        Set<Long> done = renderStatus(enrollment);
        renderContent(done);
    }

    /** Progress, completion badge and the module list with its marks. */
    private Set<Long> renderStatus(EnrollmentSummary enrollment) {
        Set<Long> done = learningProgress.completedModules(course.id());
        progress.setValue(enrollment.progress().doubleValue());
        progressText.setText(enrollment.progress().stripTrailingZeros().toPlainString() + " % complete");
        completion.setText(enrollment.status() == EnrollmentStatus.COMPLETED ? "Course completed" : "");
        if (enrollment.status() == EnrollmentStatus.COMPLETED) {
            completion.getElement().getThemeList().add("badge success");
        }
        modules.removeAll();
        for (StudentCourse.Section section : course.sections()) {
            if (section.title() != null) {
                modules.add(new H3(section.title()));
            }
            for (StudentModule module : section.modules()) {
                var link = new Button(
                        (done.contains(module.id()) ? "✓ " : "") + module.title(),
                        click -> getUI().ifPresent(
                                        ui -> ui.navigate(PlayerView.class, parameters(course.id(), module.id()))));
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                if (module.id() == current.id()) {
                    link.getElement().setAttribute("aria-current", "page");
                    link.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                }
                modules.add(new Div(link));
            }
        }
        markDone.setEnabled(!done.contains(current.id()));
        markDone.setText(done.contains(current.id()) ? "Done" : "Mark as done");
        return done;
    }

    private void renderContent(Set<Long> done) {
        content.removeAll();
        shown = null;
        if (enrollments.accessEnded(course.id())) {
            content.add(new Paragraph("Your access to this course has ended. Ask your instructor to extend it."));
            markDone.setVisible(false);
            return;
        }
        var shown = new ModuleContent(current);
        this.shown = shown;
        content.add(shown);
        shown.watchable().ifPresent(this::reportWatching);
        watchingNote.setVisible(false);
        if (shown.watchable().isPresent() && !done.contains(current.id())) {
            content.add(new Paragraph("This module completes by itself once you have watched "
                    + Math.round(LearningProgress.WATCHED_TO_COMPLETE * 100) + " % of the video."
                    + " Skipping ahead does not count."));
        }
        content.add(watchingNote);
        if (current.kind() == ModuleKind.QUIZ) {
            content.add(new QuizForm(quizzes, course.id(), current.id(), this::renderStatus));
        }
        boolean textModule = current.kind() == ModuleKind.TEXT;
        markDone.setVisible(textModule);
        int index = course.modules().indexOf(current);
        previous.setEnabled(index > 0);
        next.setEnabled(index < course.modules().size() - 1);
        content.add(new HorizontalLayout(previous, markDone, next));
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
                        Toast.success("Video completed");
                    }
                });
    }

    private final Set<Long> completedShown = new HashSet<>();

    private void markDone() {
        try {
            render(learningProgress.complete(course.id(), current.id()));
            Toast.success("Module completed");
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
        }
    }

    StudentModule current() {
        return current;
    }
}
