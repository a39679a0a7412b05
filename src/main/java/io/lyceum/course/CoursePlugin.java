package io.lyceum.course;

import io.lyceum.identity.Role;
import io.lyceum.plugin.InstallContext;
import io.lyceum.plugin.LyceumPlugin;
import io.lyceum.plugin.NavEntry;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Courses: the course builder for instructors and the catalog for students. */
@Component
class CoursePlugin implements LyceumPlugin {

    static final String ID = "courses";
    static final String EDIT = "courses.edit";
    static final String VIEW = "courses.view";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Courses";
    }

    @Override
    public String description() {
        return "Build courses from text, video and quiz modules, publish them and enrol learners.";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Courses", "/teach/courses", "BOOK", Set.of(Role.INSTRUCTOR, Role.ADMIN)));
    }

    @Override
    public Set<String> permissions() {
        return Set.of(EDIT, VIEW);
    }

    @Override
    public void onInstall(InstallContext context) {
        context.grant(Role.ADMIN, EDIT);
        context.grant(Role.INSTRUCTOR, EDIT);
        context.grant(Role.STUDENT, VIEW);
    }

    @Override
    public List<String> publishedEvents() {
        return List.of("course.published");
    }
}
