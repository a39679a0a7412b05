package io.lyceum.grading;

import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A course to grade in: an organization with an instructor and students enrolled in a published course
 * with one published assignment module. Tests of grading build on it.
 */
final class GradingFixtures {

    static final String INSTRUCTOR = "teacher@example.com";
    static final String PASSWORD = "grade-them-fairly-7";

    /** One organization's course with its assignment, instructor and students (s1@example.com, …). */
    record Classroom(
            Tenant org,
            LyceumUser instructor,
            List<LyceumUser> students,
            long courseId,
            long moduleId,
            long assignmentId) {

        LyceumUser student(int index) {
            return students.get(index);
        }
    }

    private final TestOrganizations organizations;
    private final CourseService courses;
    private final EnrollmentService enrollments;
    private final JdbcTemplate jdbc;

    GradingFixtures(
            TestOrganizations organizations, CourseService courses, EnrollmentService enrollments, JdbcTemplate jdbc) {
        this.organizations = organizations;
        this.courses = courses;
        this.enrollments = enrollments;
        this.jdbc = jdbc;
    }

    /** A new organization (prefix) with a course of one assignment and {@code students} enrolled. */
    Classroom classroom(String prefix, int students) {
        Tenant org = organizations.create(prefix);
        organizations.addUser(org, INSTRUCTOR, PASSWORD, Role.INSTRUCTOR);
        for (int i = 1; i <= students; i++) {
            organizations.addUser(org, "s" + i + "@example.com", PASSWORD, Role.STUDENT);
        }
        LyceumUser instructor = organizations.principal(org, INSTRUCTOR);
        var learners = new ArrayList<LyceumUser>();
        for (int i = 1; i <= students; i++) {
            learners.add(organizations.principal(org, "s" + i + "@example.com"));
        }
        return TenantContext.callAs(org, () -> {
            TestOrganizations.signIn(instructor);
            long course = courses.create(new CourseForm("Web development", "", null, null));
            long module = courses.addModule(
                    course,
                    ModuleForm.assignment("Build a landing page", "Hand in **one** page.")
                            .withPublished(true));
            courses.publish(course);
            for (LyceumUser learner : learners) {
                enrollments.enroll(learner.id(), course);
            }
            long assignment = jdbc.queryForObject(
                    "select id from " + org.schema() + ".assignment where module_id = ?", Long.class, module);
            return new Classroom(org, instructor, List.copyOf(learners), course, module, assignment);
        });
    }

    /** Another assignment module in the classroom's course; returns its module id. */
    long addAssignment(Classroom classroom, String title) {
        return TenantContext.callAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            return courses.addModule(
                    classroom.courseId(), ModuleForm.assignment(title, "Do it.").withPublished(true));
        });
    }

    long assignmentId(Classroom classroom, long moduleId) {
        return jdbc.queryForObject(
                "select id from " + classroom.org().schema() + ".assignment where module_id = ?", Long.class, moduleId);
    }

    /** Sets columns of an assignment row straight in its table ("points = 50, late_policy = 'REFUSE'"). */
    void setAssignment(Classroom classroom, long assignmentId, String assignments, Object... values) {
        var arguments = new ArrayList<>(List.of(values));
        arguments.add(assignmentId);
        jdbc.update(
                "update " + classroom.org().schema() + ".assignment set " + assignments + " where id = ?",
                arguments.toArray());
    }

    /**
     * A handed-in version of a learner's work, written as the submission service writes it (tests of the
     * grading view and the gradebook that need submissions without going through a student's page).
     * Returns the submission's id.
     */
    long submitted(Classroom classroom, long assignmentId, LyceumUser student, @Nullable String text, Instant at) {
        String schema = classroom.org().schema();
        Long existing = jdbc.query(
                "select id from " + schema + ".submission where assignment_id = ? and user_id = ?",
                rows -> rows.next() ? rows.getLong(1) : null,
                assignmentId,
                student.id());
        long submission = existing != null
                ? existing
                : jdbc.queryForObject(
                        "insert into " + schema + ".submission (assignment_id, user_id, status) values (?, ?, 'DRAFT')"
                                + " returning id",
                        Long.class,
                        assignmentId,
                        student.id());
        Integer number = jdbc.queryForObject(
                "select coalesce(max(number), 0) + 1 from " + schema + ".submission_version where submission_id = ?",
                Integer.class,
                submission);
        jdbc.update(
                "insert into " + schema
                        + ".submission_version (submission_id, number, text, submitted_at, late, days_late)"
                        + " values (?, ?, ?, ?, false, 0)",
                submission,
                number,
                text,
                Timestamp.from(at));
        jdbc.update(
                "update " + schema + ".submission set status = 'SUBMITTED', submitted_at = ?, version = version + 1"
                        + " where id = ?",
                Timestamp.from(at),
                submission);
        return submission;
    }
}
