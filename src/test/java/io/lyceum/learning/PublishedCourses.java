package io.lyceum.learning;

import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;

/** The course the learning tests take: required modules that count, an optional and a draft that don't. */
final class PublishedCourses {

    private PublishedCourses() {}

    /**
     * A published course with {@code required} published required modules, built by {@code author};
     * ends signed in as {@code learner}. Returns the course's id first, then the required modules' ids.
     */
    static long[] create(CourseService courses, LyceumUser author, LyceumUser learner, int required) {
        TestOrganizations.signIn(author);
        long course = courses.create(new CourseForm("Course", "", null, null));
        long[] ids = new long[required + 1];
        ids[0] = course;
        for (int i = 0; i < required; i++) {
            ids[i + 1] =
                    courses.addModule(course, ModuleForm.text("M" + i, "text").withPublished(true));
        }
        courses.addModule(
                course, ModuleForm.text("Optional", "").withPublished(true).withRequired(false));
        courses.addModule(course, ModuleForm.text("Draft", ""));
        courses.publish(course);
        TestOrganizations.signIn(learner);
        return ids;
    }
}
