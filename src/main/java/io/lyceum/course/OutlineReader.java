package io.lyceum.course;

import io.lyceum.base.markdown.SafeMarkdown;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.quiz.QuizService;
import io.lyceum.quiz.QuizSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a course's outline and its student view. Not secured itself: the builder (instructors of
 * the course) and the catalog (published courses only) decide who may see what.
 */
@Component
// Reads and writes only inside its caller's transaction.
@Transactional(propagation = Propagation.MANDATORY)
class OutlineReader {

    private final CourseSectionRepository sections;
    private final CourseModuleRepository modules;
    private final QuizService quizzes;

    OutlineReader(CourseSectionRepository sections, CourseModuleRepository modules, QuizService quizzes) {
        this.sections = sections;
        this.modules = modules;
        this.quizzes = quizzes;
    }

    Outline outline(Course course) {
        var items = new ArrayList<OutlineItem>();
        var bySection = new HashMap<Long, List<CourseModule>>();
        var loose = new ArrayList<CourseModule>();
        for (CourseModule module : modules.findByCourseIdOrderByPosition(course.id())) {
            if (module.sectionId() == null) {
                loose.add(module);
            } else {
                bySection
                        .computeIfAbsent(module.sectionId(), id -> new ArrayList<>())
                        .add(module);
            }
        }
        loose.forEach(module -> items.add(item(module)));
        for (CourseSection section : sections.findByCourseIdOrderByPosition(course.id())) {
            items.add(
                    new OutlineItem(OutlineItem.Type.SECTION, section.id(), section.title(), null, false, true, null));
            bySection.getOrDefault(section.id(), List.of()).forEach(module -> items.add(item(module)));
        }
        return new Outline(course.id(), course.title(), course.status(), course.version(), items);
    }

    private static OutlineItem item(CourseModule module) {
        return new OutlineItem(
                OutlineItem.Type.MODULE,
                module.id(),
                module.title(),
                module.kind(),
                module.required(),
                module.published(),
                module.sectionId());
    }

    StudentCourse studentView(Course course) {
        var groups = new ArrayList<StudentCourse.Section>();
        String heading = null;
        var current = new ArrayList<StudentModule>();
        Map<Long, CourseModule> byId = new HashMap<>();
        modules.findByCourseIdOrderByPosition(course.id()).forEach(module -> byId.put(module.id(), module));
        for (OutlineItem item : outline(course).items()) {
            if (item.isSection()) {
                if (!current.isEmpty() || heading != null) {
                    groups.add(new StudentCourse.Section(heading, current));
                }
                heading = item.title();
                current = new ArrayList<>();
            } else if (item.published()) {
                current.add(student(byId.get(item.id())));
            }
        }
        if (!current.isEmpty() || heading != null) {
            groups.add(new StudentCourse.Section(heading, current));
        }
        groups.removeIf(group -> group.modules().isEmpty());
        return new StudentCourse(
                course.id(),
                course.title(),
                SafeMarkdown.toHtml(course.description()),
                groups,
                course.selfEnrollment(),
                CourseForm.outcomeLines(course.learningOutcomes()));
    }

    private String quizSummary(long moduleId) {
        QuizSettings settings = quizzes.settings(moduleId);
        int count = quizzes.questions(moduleId).size();
        // Numbers only go into the words, so the paragraph needs no escaping; 0 attempts reads "unlimited".
        Integer attempts = settings.attemptsAllowed();
        return "<p>"
                + ConstraintMessages.get(
                        "quiz.summary", count, settings.passingScore(), attempts == null ? 0 : attempts)
                + "</p>";
    }

    private StudentModule student(CourseModule module) {
        return switch (module.kind()) {
            // An assignment's instructions are Markdown, like a text.
            case TEXT, ASSIGNMENT ->
                new StudentModule(
                        module.id(),
                        module.title(),
                        module.kind(),
                        module.required(),
                        SafeMarkdown.toHtml(module.body() == null ? "" : module.body()),
                        null,
                        null);
            case VIDEO ->
                new StudentModule(
                        module.id(),
                        module.title(),
                        module.kind(),
                        module.required(),
                        null,
                        module.videoUrl() == null ? null : VideoSource.parse(module.videoUrl()),
                        module.videoMinutes());
            case QUIZ ->
                new StudentModule(
                        module.id(),
                        module.title(),
                        module.kind(),
                        module.required(),
                        quizSummary(module.id()),
                        null,
                        null);
        };
    }
}
