package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.PasswordResets;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * From the change to the mailbox: what people do (an admin invites, someone forgets a password, a
 * learner is enrolled) arrives over real SMTP as the designed message, in the organization's name,
 * with links on its host, both parts, and user content inert — and only from the organization it
 * happened in.
 */
@LyceumIntegrationTest
@SmtpMail
class MailDeliveryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    PasswordResets resets;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    /** The one message to the address whose subject has the words given (members also get a welcome). */
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

    @Test
    void an_invitation_arrives_in_the_organizations_name_with_its_link_on_the_organizations_host() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("deliveracme"));
        Tenant globex = TestMail.quiet(context, organizations.create("deliverglobex"));
        TestOrganizations.asAdmin(
                acme,
                () -> users.invite("new.member@example.com", "New <script>x()</script> Member", Set.of(Role.STUDENT)));

        MimeMessage invitation = arrived("new.member@example.com", "invited you");
        assertThat(invitation.getSubject()).endsWith("invited you to " + acme.name());
        assertThat(((InternetAddress) invitation.getFrom()[0]).getPersonal()).isEqualTo(acme.name());
        assertThat(invitation.getContentType()).startsWith("multipart/alternative");
        assertThat(text(invitation)).contains(host(acme) + "invite/");
        assertThat(html(invitation))
                .contains("href=\"" + host(acme) + "invite/")
                .contains(acme.name())
                .contains("&lt;script&gt;")
                .doesNotContain("<script>")
                .doesNotContain(globex.slug());
        // Essential: no unsubscribe.
        assertThat(invitation.getHeader("List-Unsubscribe")).isNull();
        assertThat(TestMail.drain(context, globex))
                .as("nothing in globex's outbox")
                .isZero();
    }

    @Test
    void a_forgotten_password_sends_a_reset_link_to_a_member_and_nothing_to_a_stranger() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("deliverreset"));
        organizations.addUser(acme, "forgetful@example.com", "quiet-harbour-26", Role.STUDENT);
        TenantContext.runAs(acme, () -> {
            try {
                resets.request("forgetful@example.com", "198.51.100.7").get(20, TimeUnit.SECONDS);
                resets.request("stranger@example.com", "198.51.100.7").get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        MimeMessage reset = arrived("forgetful@example.com", "new password");
        assertThat(reset.getSubject()).isEqualTo("Set a new password for " + acme.name());
        assertThat(text(reset)).contains(host(acme) + "reset-password/");
        assertThat(html(reset)).contains("href=\"" + host(acme) + "reset-password/");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> SmtpServer.receivedBy("stranger@example.com").isEmpty());
    }

    @Test
    void an_enrollment_confirmation_links_to_the_course_carries_one_click_unsubscribe_and_keeps_a_title_inert()
            throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("deliverenrol"));
        organizations.addUser(acme, "learner@example.com", "quiet-harbour-26", Role.STUDENT);
        long learner = TestOrganizations.asAdmin(acme, () -> users.findByEmail("learner@example.com"))
                .orElseThrow()
                .id();
        TestOrganizations.signIn(organizations.principal(acme, TestOrganizations.ADMIN_EMAIL));
        long course = TenantContext.callAs(acme, () -> {
            long id = courses.create(new CourseForm("Safety <script>alert(1)</script>", "", null, null));
            courses.addModule(id, ModuleForm.text("Only", "read").withPublished(true));
            courses.publish(id);
            enrollments.enroll(learner, id);
            return id;
        });

        MimeMessage confirmation = arrived("learner@example.com", "enrolled");
        assertThat(confirmation.getSubject()).isEqualTo("You are enrolled in Safety <script>alert(1)</script>");
        assertThat(html(confirmation))
                .contains("href=\"" + host(acme) + "learn/courses/" + course + "\"")
                .contains("Safety &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(confirmation.getHeader("List-Unsubscribe")[0]).startsWith("<" + host(acme) + "mail/unsubscribe?");
        assertThat(confirmation.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    }
}
