package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.files.FileStore;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

/**
 * Handed-in files over real HTTP: the learner (and their group mates), the course's instructors and
 * the admins read them; another learner, an instructor of another course and another organization get
 * the same 404 as a made-up id. A feedback file reaches the learner only once the grade is released.
 * PDFs are shown inline, anything else is a download; never sniffed.
 */
@LyceumIntegrationTest
class SubmissionFilesSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Submissions submissions;

    @Autowired
    FileStore files;

    @LocalServerPort
    int port;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private static <T> T as(Tenant org, LyceumUser user, Supplier<T> work) {
        return TenantContext.callAs(org, () -> {
            TestOrganizations.signIn(user);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private UUID handIn(GradingFixtures.Classroom room, LyceumUser student, String name, byte[] data) {
        return as(room.org(), student, () -> {
            try {
                var upload = submissions.upload(room.courseId(), room.moduleId(), name, new ByteArrayInputStream(data));
                submissions.submit(room.courseId(), room.moduleId(), null, upload.id());
                return upload.id();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void a_handed_in_file_is_for_its_learner_their_group_the_courses_teachers_and_admins_only() throws Exception {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var room = fixtures.classroom("subfiles", 3);
        var elsewhere = fixtures.classroom("subfilesother", 1);
        Tenant org = room.org();
        String schema = org.schema();
        fixtures.setAssignment(room, room.assignmentId(), "group_work = true");
        long group = jdbc.queryForObject(
                "insert into " + schema + ".learner_group (course_id, name, created_at) values (?, 'Team', now())"
                        + " returning id",
                Long.class,
                room.courseId());
        for (LyceumUser member : List.of(room.student(0), room.student(2))) {
            jdbc.update(
                    "insert into " + schema + ".learner_group_member (group_id, enrollment_id)" + " select ?, id from "
                            + schema + ".enrollment where user_id = ?",
                    group,
                    member.id());
        }
        organizations.addUser(org, "other@example.com", GradingFixtures.PASSWORD, Role.INSTRUCTOR);
        var otherTeacher = organizations.principal(org, "other@example.com");
        as(org, otherTeacher, () -> courses.create(new CourseForm("Another course", "", null, null)));

        byte[] pdf = ("%PDF-1.7\n" + " ".repeat(100)).getBytes(StandardCharsets.US_ASCII);
        UUID essay = handIn(room, room.student(0), "essay.pdf", pdf);
        UUID archive = handIn(room, room.student(0), "site.zip", new byte[] {'P', 'K', 3, 4, 0, 0});
        UUID feedback = as(org, room.instructor(), () -> {
            try {
                return files.storeDocument(
                        "notes.pdf", new ByteArrayInputStream(pdf), DataSize.ofMegabytes(1), List.of("pdf"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long submission = jdbc.queryForObject(
                "select id from " + schema + ".submission where user_id = ?",
                Long.class,
                room.student(0).id());
        jdbc.update(
                "insert into " + schema
                        + ".grade (submission_id, points, feedback_file, graded_at) values (?, 7, ?, now())",
                submission,
                feedback);

        var http = new RawHttp(port);
        String host = org.slug() + ".lyceum.localhost:8080";
        String learner = http.login(host, "s1@example.com", GradingFixtures.PASSWORD);
        String outsider = http.login(host, "s2@example.com", GradingFixtures.PASSWORD);
        String mate = http.login(host, "s3@example.com", GradingFixtures.PASSWORD);
        String teacher = http.login(host, GradingFixtures.INSTRUCTOR, GradingFixtures.PASSWORD);
        String other = http.login(host, "other@example.com", GradingFixtures.PASSWORD);
        String admin = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);

        var shown = http.get(host, FileStore.url(essay), learner);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(shown.header("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(shown.header("X-Content-Type-Options")).contains("nosniff");
        // The grading view frames the PDF: its own organization's pages only.
        assertThat(shown.header("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(shown.header("Content-Security-Policy")).contains("frame-ancestors 'self'");
        var downloaded = http.get(host, FileStore.url(archive), teacher);
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.header("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(downloaded.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(downloaded.header("X-Frame-Options")).contains("DENY");

        for (UUID file : List.of(essay, archive)) {
            assertThat(http.get(host, FileStore.url(file), mate).status())
                    .as("a group mate")
                    .isEqualTo(200);
            assertThat(http.get(host, FileStore.url(file), teacher).status())
                    .as("its teacher")
                    .isEqualTo(200);
            assertThat(http.get(host, FileStore.url(file), admin).status())
                    .as("an admin")
                    .isEqualTo(200);
            assertThat(http.get(host, FileStore.url(file), outsider).status())
                    .as("another learner")
                    .isEqualTo(404);
            assertThat(http.get(host, FileStore.url(file), other).status())
                    .as("an instructor of another course")
                    .isEqualTo(404);
        }

        assertThat(http.get(host, FileStore.url(feedback), learner).status())
                .as("feedback before release")
                .isEqualTo(404);
        assertThat(http.get(host, FileStore.url(feedback), teacher).status()).isEqualTo(200);
        jdbc.update("update " + schema + ".grade set released_at = now() where submission_id = ?", submission);
        assertThat(http.get(host, FileStore.url(feedback), learner).status())
                .as("feedback once released")
                .isEqualTo(200);
        assertThat(http.get(host, FileStore.url(feedback), outsider).status()).isEqualTo(404);
        assertThat(http.get(host, FileStore.url(feedback), other).status()).isEqualTo(404);

        // Another organization: its own learner, on its own host, asking for these ids.
        String otherHost = elsewhere.org().slug() + ".lyceum.localhost:8080";
        String foreigner = http.login(otherHost, "s1@example.com", GradingFixtures.PASSWORD);
        String foreignAdmin = http.login(otherHost, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        for (UUID file : List.of(essay, archive, feedback)) {
            assertThat(http.get(otherHost, FileStore.url(file), foreigner).status())
                    .isEqualTo(404);
            assertThat(http.get(otherHost, FileStore.url(file), foreignAdmin).status())
                    .isEqualTo(404);
        }
    }
}
