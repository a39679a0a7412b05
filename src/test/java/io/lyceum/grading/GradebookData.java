package io.lyceum.grading;

import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Grades and quiz attempts written straight into a classroom's tables, as grading and quizzes write them. */
final class GradebookData {

    private final GradingFixtures fixtures;
    private final CourseService courses;
    private final JdbcTemplate jdbc;

    GradebookData(GradingFixtures fixtures, CourseService courses, JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.courses = courses;
        this.jdbc = jdbc;
    }

    /** A published quiz module of the classroom's course (published in its table: it has no questions). */
    long addQuiz(GradingFixtures.Classroom classroom, String title) {
        long module = TenantContext.callAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            return courses.addModule(classroom.courseId(), ModuleForm.quiz(title));
        });
        jdbc.update("update " + classroom.org().schema() + ".course_module set published = true where id = ?", module);
        return module;
    }

    void attempt(
            GradingFixtures.Classroom classroom,
            LyceumUser student,
            long quizModule,
            String score,
            Instant at,
            boolean pendingReview) {
        String schema = classroom.org().schema();
        Long enrollment = jdbc.queryForObject(
                "select id from " + schema + ".enrollment where user_id = ? and course_id = ?",
                Long.class,
                student.id(),
                classroom.courseId());
        jdbc.update(
                "insert into " + schema
                        + ".quiz_attempt (enrollment_id, module_id, score, passed, answers, submitted_at,"
                        + " pending_review) values (?, ?, ?, true, '[]', ?, ?)",
                enrollment,
                quizModule,
                new BigDecimal(score),
                Timestamp.from(at),
                pendingReview);
    }

    /** A graded submission of the assignment module: {@code points} counted, released or not. */
    void grade(
            GradingFixtures.Classroom classroom,
            long assignmentModule,
            LyceumUser student,
            String points,
            @Nullable Instant releasedAt) {
        long assignment = fixtures.assignmentId(classroom, assignmentModule);
        long submission = fixtures.submitted(classroom, assignment, student, "My work", Instant.now());
        jdbc.update(
                "insert into " + classroom.org().schema() + ".grade (submission_id, raw_points, points, graded_at,"
                        + " released_at) values (?, ?, ?, now(), ?)",
                submission,
                new BigDecimal(points),
                new BigDecimal(points),
                releasedAt == null ? null : Timestamp.from(releasedAt));
    }
}
