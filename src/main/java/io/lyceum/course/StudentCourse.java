package io.lyceum.course;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A course as a student sees it: published modules only, grouped by section, and whether students
 * may enroll themselves.
 */
public record StudentCourse(
        long id, String title, String descriptionHtml, List<Section> sections, boolean selfEnrollment) {

    public StudentCourse {
        sections = List.copyOf(sections);
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
