package io.lyceum.course;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A course as a student sees it: published modules only, grouped by section, whether students may
 * enroll themselves, and what they will learn (one point each).
 */
public record StudentCourse(
        long id,
        String title,
        String descriptionHtml,
        List<Section> sections,
        boolean selfEnrollment,
        List<String> learningOutcomes) {

    public StudentCourse {
        sections = List.copyOf(sections);
        learningOutcomes = List.copyOf(learningOutcomes);
    }

    /** Nothing yet: what a view shows before it has read its course. */
    public static StudentCourse none() {
        return new StudentCourse(0, "", "", List.of(), false, List.of());
    }

    /** A titled group of modules; the first group of a course may be untitled (modules before any section). */
    public record Section(@Nullable String title, List<StudentModule> modules) {

        public Section {
            modules = List.copyOf(modules);
        }
    }

    public List<StudentModule> modules() {
        return sections.stream().flatMap(section -> section.modules().stream()).toList();
    }
}
