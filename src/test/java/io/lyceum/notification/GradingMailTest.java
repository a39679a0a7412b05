package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.Publications;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.grading.GradeReleased;
import io.lyceum.grading.Submissions;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail about assignments over real SMTP: a hand-in reaches the course's instructors who want it (never
 * its students, other instructors or another organization's), without the work itself; a released
 * grade reaches only its learner, without the points, with a link to the assignment in the player.
 */
@LyceumIntegrationTest
@SmtpMail
class GradingMailTest {

    static final String PASSWORD = "grade-them-fairly-7";
    static final String ASSIGNMENT = "Build a landing page";

    @Autowired
    ApplicationContext context;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    Submissions submissions;

    @Autowired
    MailPreferences preferences;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    /** An organization's course with one assignment, taught by its owner and co-instructors, with learners. */
    record Classroom(Tenant org, long courseId, long moduleId) {}

    private Classroom classroom(Tenant org, String owner, List<String> coInstructors, List<String> learners) {
        organizations.addUser(org, owner, PASSWORD, Role.INSTRUCTOR);
        coInstructors.forEach(email -> organizations.addUser(org, email, PASSWORD, Role.INSTRUCTOR));
        learners.forEach(email -> organizations.addUser(org, email, PASSWORD, Role.STUDENT));
        var classroom = as(org, owner, () -> {
            long course = courses.create(new CourseForm("Web development", "", null, null));
            long module = courses.addModule(
                    course,
                    ModuleForm.assignment(ASSIGNMENT, "Hand in **one** page.").withPublished(true));
            courses.publish(course);
            for (String learner : learners) {
                enrollments.enroll(organizations.principal(org, learner).id(), course);
            }
            return new Classroom(org, course, module);
        });
        if (!coInstructors.isEmpty()) {
            Set<Long> ids = coInstructors.stream()
                    .map(email -> organizations.principal(org, email).id())
                    .collect(Collectors.toSet());
            TestOrganizations.asAdmin(org, () -> courses.assignInstructors(classroom.courseId(), ids));
        }
        return classroom;
    }

    private <T> T as(Tenant org, String email, Supplier<T> work) {
        LyceumUser user = organizations.principal(org, email);
        return TenantContext.callAs(org, () -> {
            TestOrganizations.signIn(user);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private static MimeMessage arrived(String address, String subject) {
        await("mail to " + address + " about " + subject)
                .atMost(Duration.ofSeconds(20))
                .until(() -> !about(address, subject).isEmpty());
        List<MimeMessage> received = about(address, subject);
        assertThat(received).as("mail to " + address).hasSize(1);
        return received.getFirst();
    }

    private static List<MimeMessage> about(String address, String subject) {
        return SmtpServer.receivedBy(address).stream()
                .filter(message -> {
                    try {
                        return message.getSubject().contains(subject);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }

    private static String host(Tenant tenant) {
        return "http://" + tenant.slug() + ".lyceum.localhost:8080/";
    }

    private List<String> kindsIn(Tenant org, String kind) {
        return jdbc.queryForList(
                "select to_address || ' ' || status from \"" + org.schema() + "\".mail_message where kind = ?"
                        + " order by to_address",
                String.class,
                kind);
    }

    @Test
    void a_hand_in_mails_the_courses_instructors_who_want_it_and_nobody_else() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("gradmailacme"));
        Tenant globex = TestMail.quiet(context, organizations.create("gradmailglobex"));
        var room = classroom(
                acme,
                "owner@example.com",
                List.of("co@example.com", "quiet.co@example.com"),
                List.of("learner@example.com", "peer@example.com"));
        organizations.addUser(acme, "elsewhere@example.com", PASSWORD, Role.INSTRUCTOR);
        // Globex has a course of its own (its ids may well be acme's: each schema counts from one).
        var globexRoom =
                classroom(globex, "globex.teacher@example.com", List.of(), List.of("globex.learner@example.com"));
        as(acme, "quiet.co@example.com", () -> {
            preferences.choose("SUBMISSION_TO_GRADE", false);
            return null;
        });
        jdbc.update(
                "update \"" + acme.schema() + "\".assignment set due_at = ? where module_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(2))),
                room.moduleId());

        as(
                acme,
                "learner@example.com",
                () -> submissions.submit(
                        room.courseId(), room.moduleId(), "My secret essay about landing pages.", null));
        Publications.awaitCompleted(jdbc, acme);

        String subject = "New submission: " + ASSIGNMENT + " — User learner@example.com (late)";
        for (String teacher : List.of("owner@example.com", "co@example.com")) {
            MimeMessage mail = arrived(teacher, "New submission");
            assertThat(mail.getSubject()).isEqualTo(subject);
            String link = host(acme) + "teach/courses/" + room.courseId() + "/grading/" + room.moduleId();
            assertThat(text(mail))
                    .contains(link)
                    .contains("User learner@example.com handed in version 1 of “" + ASSIGNMENT + "”")
                    .contains("after the due date")
                    .doesNotContain("secret essay");
            assertThat(html(mail)).contains("href=\"" + link + "\"").doesNotContain("secret essay");
            assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("kind=SUBMISSION_TO_GRADE");
        }
        // The instructor who turned it off, the learners and an instructor of other courses: nothing.
        assertThat(kindsIn(acme, "SUBMISSION_TO_GRADE"))
                .extracting(row -> row.split(" ")[0])
                .containsExactly("co@example.com", "owner@example.com", "quiet.co@example.com");
        assertThat(statusOf(acme, "quiet.co@example.com")).isEqualTo("SUPPRESSED");
        assertThat(statusOf(acme, "owner@example.com")).isNotEqualTo("SUPPRESSED");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> List.of(
                                "quiet.co@example.com",
                                "learner@example.com",
                                "peer@example.com",
                                "elsewhere@example.com",
                                "globex.teacher@example.com")
                        .stream()
                        .allMatch(address -> about(address, "submission").isEmpty()));
        assertThat(kindsIn(globex, "SUBMISSION_TO_GRADE")).isEmpty();
        assertThat(globexRoom.courseId()).isPositive();
    }

    private String statusOf(Tenant org, String address) {
        return jdbc.queryForObject(
                "select status from \"" + org.schema() + "\".mail_message where kind = 'SUBMISSION_TO_GRADE'"
                        + " and to_address = ?",
                String.class,
                address);
    }

    @Test
    void a_released_grade_mails_only_its_learner_without_the_points_with_a_link_to_the_assignment() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("grademailacme"));
        Tenant globex = TestMail.quiet(context, organizations.create("grademailglobex"));
        var room =
                classroom(acme, "owner@example.com", List.of(), List.of("graded@example.com", "classmate@example.com"));
        classroom(globex, "owner@example.com", List.of(), List.of("graded@example.com"));
        as(
                acme,
                "graded@example.com",
                () -> submissions.submit(room.courseId(), room.moduleId(), "Here is my page.", null));
        long submission = jdbc.queryForObject("select id from \"" + acme.schema() + "\".submission", Long.class);
        // The grade as the grading service writes it: 61.73 points (digits no random token of the mail
        // can be mistaken for), feedback, released.
        jdbc.update(
                "insert into \"" + acme.schema() + "\".grade (submission_id, points, raw_points, feedback, released_at)"
                        + " values (?, 61.73, 61.73, 'Great layout, weak contrast.', now())",
                submission);
        Publications.awaitCompleted(jdbc, acme);
        SmtpServer.purge();
        long learner = organizations.principal(acme, "graded@example.com").id();

        TenantContext.runAs(
                acme,
                () -> new TransactionTemplate(transactionManager)
                        .executeWithoutResult(status -> events.publishEvent(new GradeReleased(
                                acme.slug(), submission, room.courseId(), room.moduleId(), learner, Instant.now()))));
        Publications.awaitCompleted(jdbc, acme);

        MimeMessage mail = arrived("graded@example.com", "Your grade");
        assertThat(mail.getSubject()).isEqualTo("Your grade for “" + ASSIGNMENT + "” is ready");
        String link = host(acme) + "learn/courses/" + room.courseId() + "/play/" + room.moduleId();
        assertThat(text(mail)).contains(link);
        assertThat(html(mail)).contains("href=\"" + link + "\"");
        for (String part : List.of(text(mail), html(mail), mail.getSubject())) {
            assertThat(part).doesNotContain("61.73", "61,73", "points", "weak contrast");
        }
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("kind=GRADE_RELEASED");
        assertThat(kindsIn(acme, "GRADE_RELEASED")).hasSize(1).allMatch(row -> row.startsWith("graded@example.com "));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> about("classmate@example.com", "Your grade").isEmpty()
                        && about("owner@example.com", "Your grade").isEmpty()
                        && about("graded@example.com", "Your grade").size() == 1);
        assertThat(kindsIn(globex, "GRADE_RELEASED")).isEmpty();
    }

    @Test
    void a_learner_who_turned_grade_mail_off_gets_none() {
        Tenant acme = TestMail.quiet(context, organizations.create("grademailoff"));
        var room = classroom(acme, "owner@example.com", List.of(), List.of("private@example.com"));
        as(acme, "private@example.com", () -> {
            preferences.choose("GRADE_RELEASED", false);
            return null;
        });
        long learner = organizations.principal(acme, "private@example.com").id();

        TenantContext.runAs(
                acme,
                () -> new TransactionTemplate(transactionManager)
                        .executeWithoutResult(status -> events.publishEvent(new GradeReleased(
                                acme.slug(), 1, room.courseId(), room.moduleId(), learner, Instant.now()))));
        Publications.awaitCompleted(jdbc, acme);

        assertThat(kindsIn(acme, "GRADE_RELEASED")).containsExactly("private@example.com SUPPRESSED");
    }
}
