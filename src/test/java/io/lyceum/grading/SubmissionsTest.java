package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseService;
import io.lyceum.files.FileRejectedException;
import io.lyceum.files.FileStore;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

/** A learner hands in work within the assignment's rules; every refusal says why and stores nothing. */
@LyceumIntegrationTest
class SubmissionsTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Submissions submissions;

    @Autowired
    FileStore files;

    @Autowired
    PluginService plugins;

    GradingFixtures fixtures;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private GradingFixtures.Classroom classroom(String prefix, int students) {
        fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        return fixtures.classroom(prefix, students);
    }

    private static <T> T as(GradingFixtures.Classroom classroom, LyceumUser user, Supplier<T> work) {
        return TenantContext.callAs(classroom.org(), () -> {
            TestOrganizations.signIn(user);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private static void refusedWith(Runnable work, String message) {
        assertThatThrownBy(work::run).isInstanceOf(SubmissionException.class).hasMessage(message);
    }

    static byte[] pdf(int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, data, 0, 9);
        return data;
    }

    @Test
    void two_hand_ins_at_once_by_one_learner_both_count_as_versions_of_one_submission() throws Exception {
        var room = classroom("double-click", 1);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                start.await();
                return as(
                        room,
                        room.student(0),
                        () -> submissions.submit(room.courseId(), room.moduleId(), "One.", null));
            });
            var second = pool.submit(() -> {
                start.await();
                return as(
                        room,
                        room.student(0),
                        () -> submissions.submit(room.courseId(), room.moduleId(), "Two.", null));
            });
            start.countDown();
            assertThat(List.of(first.get().number(), second.get().number())).containsExactlyInAnyOrder(1, 2);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from " + room.org().schema() + ".submission", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void nothing_is_handed_in_while_the_organizations_plan_has_no_grading() {
        var room = classroom("plugin-off", 1);
        as(room, room.student(0), () -> submissions.submit(room.courseId(), room.moduleId(), "Before.", null));
        as(room, organizations.principal(room.org(), TestOrganizations.ADMIN_EMAIL), () -> {
            plugins.uninstall(GradingPlugin.ID);
            return null;
        });
        as(room, room.student(0), () -> {
            refusedWith(
                    () -> submissions.submit(room.courseId(), room.moduleId(), "After.", null),
                    "Assignments are not part of this organization's plan at the moment: work cannot be handed in."
                            + " Ask your organization's admin.");
            return null;
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + room.org().schema() + ".submission_version", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void the_refuse_policy_takes_work_at_the_due_second_and_refuses_it_one_second_later() {
        var room = classroom("refusedue", 2);
        Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        fixtures.setAssignment(room, room.assignmentId(), "late_policy = 'REFUSE', due_at = ?", Timestamp.from(due));

        var onTime = as(
                room,
                room.student(0),
                () -> submissions.submitAt(room.courseId(), room.moduleId(), "At the bell.", null, due));
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.daysLate()).isZero();

        as(room, room.student(1), () -> {
            refusedWith(
                    () -> submissions.submitAt(
                            room.courseId(), room.moduleId(), "A second late.", null, due.plusSeconds(1)),
                    "The due date has passed: this assignment accepts no more work.");
            return null;
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + room.org().schema() + ".submission_version", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void resubmissions_are_kept_as_versions_up_to_the_limit() {
        var room = classroom("resubmit", 1);
        fixtures.setAssignment(room, room.assignmentId(), "resubmissions = 1");
        as(room, room.student(0), () -> {
            submissions.submit(room.courseId(), room.moduleId(), "First try.", null);
            assertThat(submissions.mine(room.courseId(), room.moduleId()).resubmissionsLeft())
                    .isEqualTo(1);
            submissions.submit(room.courseId(), room.moduleId(), "Second try.", null);
            var mine = submissions.mine(room.courseId(), room.moduleId());
            assertThat(mine.versions()).extracting(MyAssignment.Version::number).containsExactly(2, 1);
            assertThat(mine.resubmissionsLeft()).isZero();
            assertThat(mine.canSubmit()).isFalse();
            assertThat(mine.status()).isEqualTo(StudentStatus.SUBMITTED);
            refusedWith(
                    () -> submissions.submit(room.courseId(), room.moduleId(), "Third try.", null),
                    "You have used all resubmissions allowed for this assignment.");
            return null;
        });
    }

    @Test
    void late_work_counts_started_days_and_cannot_be_resubmitted_after_the_due_date() {
        var room = classroom("latedays", 2);
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));
        fixtures.setAssignment(room, room.assignmentId(), "due_at = ?", Timestamp.from(due));

        var late = as(
                room,
                room.student(0),
                () -> submissions.submitAt(
                        room.courseId(),
                        room.moduleId(),
                        "Sorry.",
                        null,
                        due.plus(Duration.ofDays(2)).plusSeconds(1)));
        assertThat(late.late()).isTrue();
        assertThat(late.daysLate()).isEqualTo(3);
        as(room, room.student(0), () -> {
            assertThat(submissions.mine(room.courseId(), room.moduleId()).status())
                    .isEqualTo(StudentStatus.LATE);
            return null;
        });

        as(room, room.student(1), () -> {
            submissions.submitAt(room.courseId(), room.moduleId(), "Early.", null, due.minusSeconds(60));
            refusedWith(
                    () -> submissions.submitAt(room.courseId(), room.moduleId(), "Better.", null, due.plusSeconds(1)),
                    "The due date has passed: you can resubmit only until the due date.");
            return null;
        });
    }

    @Test
    void nothing_to_hand_in_too_long_text_and_files_of_the_wrong_type_or_size_are_refused_and_nothing_is_stored() {
        var room = classroom("badwork", 1);
        fixtures.setAssignment(room, room.assignmentId(), "file_types = 'pdf', max_file_mb = 1");
        String files = "select count(*) from " + room.org().schema() + ".stored_file";
        int before = jdbc.queryForObject(files, Integer.class);
        as(room, room.student(0), () -> {
            refusedWith(
                    () -> submissions.submit(room.courseId(), room.moduleId(), "  ", null),
                    "There is nothing to hand in yet: write your answer or upload a file.");
            refusedWith(
                    () -> submissions.submit(
                            room.courseId(), room.moduleId(), "x".repeat(Submissions.TEXT_MAX_LENGTH + 1), null),
                    "The text is too long: at most 50,000 characters can be handed in.");
            assertThatThrownBy(() -> submissions.upload(
                            room.courseId(), room.moduleId(), "essay.docx", new ByteArrayInputStream(new byte[] {
                                'P', 'K', 3, 4
                            })))
                    .isInstanceOf(FileRejectedException.class)
                    .hasMessage("Only these file types can be handed in here: pdf");
            assertThatThrownBy(() -> submissions.upload(
                            room.courseId(),
                            room.moduleId(),
                            "essay.pdf",
                            new ByteArrayInputStream("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(FileRejectedException.class)
                    .hasMessage(
                            "The file's content is not what a .PDF file holds. Save it again as PDF and upload that file.");
            assertThatThrownBy(() -> submissions.upload(
                            room.courseId(),
                            room.moduleId(),
                            "essay.pdf",
                            new ByteArrayInputStream(pdf(1024 * 1024 + 1))))
                    .isInstanceOf(FileRejectedException.class)
                    .hasMessage("The file is too large: at most 1 MB can be handed in here");
            return null;
        });
        assertThat(jdbc.queryForObject(files, Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + room.org().schema() + ".submission_version", Integer.class))
                .isZero();

        var upload = as(room, room.student(0), () -> {
            try {
                return submissions.upload(
                        room.courseId(), room.moduleId(), "essay.pdf", new ByteArrayInputStream(pdf(1024 * 1024)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        var version = as(
                room, room.student(0), () -> submissions.submit(room.courseId(), room.moduleId(), null, upload.id()));
        assertThat(version.fileName()).isEqualTo("essay.pdf");
    }

    @Test
    void a_group_submission_reaches_the_mates_and_submitting_completes_the_module_when_set_so() {
        var room = classroom("groupwork", 3);
        fixtures.setAssignment(room, room.assignmentId(), "group_work = true, completes_on = 'SUBMITTED'");
        String schema = room.org().schema();
        long group = jdbc.queryForObject(
                "insert into " + schema + ".learner_group (course_id, name, created_at) values (?, 'Team A', now())"
                        + " returning id",
                Long.class,
                room.courseId());
        for (int i = 0; i < 2; i++) {
            jdbc.update(
                    "insert into " + schema + ".learner_group_member (group_id, enrollment_id)" + " select ?, id from "
                            + schema + ".enrollment where user_id = ? and course_id = ?",
                    group,
                    room.student(i).id(),
                    room.courseId());
        }

        as(room, room.student(0), () -> submissions.submit(room.courseId(), room.moduleId(), "Our page.", null));

        var mate = as(room, room.student(1), () -> submissions.mine(room.courseId(), room.moduleId()));
        assertThat(mate.status()).isEqualTo(StudentStatus.SUBMITTED);
        assertThat(mate.versions()).hasSize(1);
        assertThat(as(room, room.student(1), () -> progress.completedModules(room.courseId())))
                .containsExactly(room.moduleId());
        assertThat(as(room, room.student(0), () -> progress.completedModules(room.courseId())))
                .containsExactly(room.moduleId());
        var outsider = as(room, room.student(2), () -> submissions.mine(room.courseId(), room.moduleId()));
        assertThat(outsider.status()).isEqualTo(StudentStatus.NOT_STARTED);
        assertThat(outsider.versions()).isEmpty();
        assertThat(as(room, room.student(2), () -> progress.completedModules(room.courseId())))
                .isEmpty();
    }

    @Test
    void only_an_enrolled_learner_works_on_an_assignment_and_only_with_their_own_files() {
        var room = classroom("isolated", 1);
        organizations.addUser(room.org(), "outsider@example.com", GradingFixtures.PASSWORD, Role.STUDENT);
        var outsider = organizations.principal(room.org(), "outsider@example.com");
        as(room, outsider, () -> {
            refusedWith(
                    () -> submissions.mine(room.courseId(), room.moduleId()),
                    "Enroll in the course to hand in work for its assignments.");
            refusedWith(
                    () -> submissions.submit(room.courseId(), room.moduleId(), "Hi.", null),
                    "Enroll in the course to hand in work for its assignments.");
            return null;
        });
        as(room, room.student(0), () -> {
            refusedWith(
                    () -> submissions.mine(room.courseId(), room.moduleId() + 1000),
                    "Enroll in the course to hand in work for its assignments.");
            return null;
        });
        // A file someone else uploaded is not this learner's to hand in.
        var theirs = as(room, outsider, () -> {
            try {
                return files.storeDocument(
                        "theirs.pdf", new ByteArrayInputStream(pdf(100)), DataSize.ofMegabytes(1), List.of("pdf"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        as(room, room.student(0), () -> {
            refusedWith(
                    () -> submissions.submit(room.courseId(), room.moduleId(), null, theirs),
                    "The file could not be found. Upload it again.");
            return null;
        });
        UUID foreign = UUID.randomUUID();
        as(room, room.student(0), () -> {
            refusedWith(
                    () -> submissions.submit(room.courseId(), room.moduleId(), null, foreign),
                    "The file could not be found. Upload it again.");
            return null;
        });
    }

    @Test
    void an_unreleased_grade_shows_nothing_and_resubmitting_after_a_released_one_keeps_it_as_for_an_earlier_version() {
        var room = classroom("regrade", 1);
        String schema = room.org().schema();
        as(room, room.student(0), () -> submissions.submit(room.courseId(), room.moduleId(), "First.", null));
        long submission = jdbc.queryForObject("select id from " + schema + ".submission", Long.class);
        jdbc.update(
                "insert into " + schema + ".grade (submission_id, raw_points, points, feedback, graded_at)"
                        + " values (?, 70, 70, 'Good.', now())",
                submission);
        jdbc.update("update " + schema + ".submission set status = 'GRADED' where id = ?", submission);
        var graded = as(room, room.student(0), () -> submissions.mine(room.courseId(), room.moduleId()));
        assertThat(graded.status()).isEqualTo(StudentStatus.SUBMITTED);
        assertThat(graded.grade()).isNull();

        jdbc.update("update " + schema + ".grade set released_at = now()");
        jdbc.update("update " + schema + ".submission set status = 'RETURNED' where id = ?", submission);
        var returned = as(room, room.student(0), () -> submissions.mine(room.courseId(), room.moduleId()));
        assertThat(returned.status()).isEqualTo(StudentStatus.GRADED);
        assertThat(returned.grade().points()).isEqualByComparingTo("70");
        assertThat(returned.grade().feedbackHtml()).isEqualToIgnoringWhitespace("<p>Good.</p>");

        as(room, room.student(0), () -> submissions.submit(room.courseId(), room.moduleId(), "Second.", null));
        var again = as(room, room.student(0), () -> submissions.mine(room.courseId(), room.moduleId()));
        assertThat(again.status()).isEqualTo(StudentStatus.SUBMITTED);
        assertThat(again.grade()).isNotNull();
        assertThat(again.grade().earlierVersion()).isTrue();
        assertThat(jdbc.queryForObject("select status from " + schema + ".submission", String.class))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select points from " + schema + ".grade", java.math.BigDecimal.class))
                .isEqualByComparingTo("70");
    }
}
