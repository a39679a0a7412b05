package io.lyceum.course;

import io.lyceum.files.FileAccessRule;
import io.lyceum.files.FileStore;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which files a course shows (its cover, the pictures in its description and lessons), kept in
 * {@code course_file} whenever the course or a module changes, and the rule that serves such a
 * file to exactly the people who may see it there: every member once the course is published
 * (unless the picture is only in unpublished modules), its instructors and the admins always.
 */
@Component
// Reads and writes only inside its caller's transaction.
@Transactional(propagation = Propagation.MANDATORY)
class CourseFiles implements FileAccessRule {

    private static final Pattern FILE_URL =
            Pattern.compile("/files/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final FileStore files;

    CourseFiles(CourseRepository courses, CourseModuleRepository modules, FileStore files) {
        this.courses = courses;
        this.modules = modules;
        this.files = files;
    }

    /**
     * Records the files the course shows now, inside the transaction that changed it. The course row
     * is locked first, so two changes at once (two modules saved) are recorded one after the other
     * and neither forgets the other's pictures.
     */
    void refresh(Course changed) {
        Course course = courses.lockById(changed.id()).orElse(changed);
        Map<UUID, Boolean> shown = new LinkedHashMap<>();
        if (course.coverFile() != null) {
            shown.put(course.coverFile(), true);
        }
        linked(course.description(), true, shown);
        for (CourseModule module : modules.findByCourseIdOrderByPosition(course.id())) {
            linked(module.body(), module.published(), shown);
        }
        courses.forgetFiles(course.id());
        files.existing(shown.keySet()).forEach(file -> courses.rememberFile(course.id(), file, shown.get(file)));
    }

    /** The files a Markdown text links to (pictures inserted by the editor, or links typed by hand). */
    private static void linked(@Nullable String markdown, boolean forMembers, Map<UUID, Boolean> into) {
        if (markdown != null) {
            Matcher url = FILE_URL.matcher(markdown);
            while (url.find()) {
                into.merge(UUID.fromString(url.group(1)), forMembers, Boolean::logicalOr);
            }
        }
    }

    @Override
    public boolean allows(UUID file, LyceumUser reader) {
        return courses.showsFileTo(file, reader.id(), reader.has(Role.ADMIN));
    }
}
