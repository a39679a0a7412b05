package io.lyceum.course;

import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course builder's access rule, for every service of the builder: instructors reach the courses
 * they teach, admins all; any other id is {@link CourseNotFoundException}, like an id that does not
 * exist.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CourseAccess {

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final CurrentUser currentUser;

    CourseAccess(CourseRepository courses, CourseModuleRepository modules, CurrentUser currentUser) {
        this.courses = courses;
        this.modules = modules;
        this.currentUser = currentUser;
    }

    Course editable(long courseId) {
        Course course = courses.findById(courseId).orElseThrow(() -> new CourseNotFoundException(courseId));
        LyceumUser user = currentUser.require();
        if (!user.has(Role.ADMIN) && !course.taughtBy(user.id())) {
            throw new CourseNotFoundException(courseId);
        }
        return course;
    }

    CourseModule editableModule(long moduleId) {
        CourseModule module = modules.findById(moduleId).orElseThrow(() -> new CourseNotFoundException(moduleId));
        editable(module.courseId());
        return module;
    }

    /** A quiz module the current user may edit; a module of another kind is not found. */
    CourseModule editableQuiz(long moduleId) {
        CourseModule module = editableModule(moduleId);
        if (module.kind() != ModuleKind.QUIZ) {
            throw new CourseNotFoundException(moduleId);
        }
        return module;
    }
}
