package io.lyceum.course;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lyceum.files.FileAccessRule;
import io.lyceum.files.FileStore;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which files a course shows (its cover, the pictures in its description and lessons), kept in
 * {@code course_file} whenever the course or a module changes, and the rule that serves such a file to exactly the
 * people who may see one of those courses: every member once it is published, its instructors and
 * the admins before.
 */
@Component
class CourseFiles implements FileAccessRule {

    private static final Pattern FILE_URL = Pattern.compile(
            "/files/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final FileStore files;

    CourseFiles(CourseRepository courses, CourseModuleRepository modules, FileStore files) {
        this.courses = courses;
        this.modules = modules;
        this.files = files;
    }

    /** Records the files the course shows now; called inside the transaction that changed it. */
    void refresh(Course course) {
        Set<UUID> shown = new LinkedHashSet<>();
        if (course.coverFile() != null) {
            shown.add(course.coverFile());
        }
        linked(course.description(), shown);
        for (CourseModule module : modules.findByCourseIdOrderByPosition(course.id())) {
            linked(module.body(), shown);
        }
        courses.forgetFiles(course.id());
        files.existing(shown).forEach(file -> courses.rememberFile(course.id(), file));
    }

    /** The files a Markdown text links to (pictures inserted by the editor, or links typed by hand). */
    private static void linked(@Nullable String markdown, Set<UUID> into) {
        if (markdown != null) {
            Matcher url = FILE_URL.matcher(markdown);
            while (url.find()) {
                into.add(UUID.fromString(url.group(1)));
            }
        }
    }

    @Override
    public boolean allows(UUID file, LyceumUser reader) {
        return courses.showsFileTo(file, reader.id(), reader.has(Role.ADMIN));
    }
}
