package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.Publications;
import io.lyceum.TestOrganizations;
import io.lyceum.billing.SubscriptionChanged;
import io.lyceum.billing.SubscriptionStatus;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.InvitationCreated;
import io.lyceum.identity.LanguagePreference;
import io.lyceum.identity.MemberJoined;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.PasswordResetRequested;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events → the right message to the right person in their language, queued inside the transaction
 * of the change and for the organization of the change. The outbox is replaced by a recorder here
 * only (its own tests and the end-to-end GreenMail test use the real one).
 */
@LyceumIntegrationTest
class MailComposersTest {

    /** One call of the outbox: the message, the organization bound and whether a transaction was open. */
    record Queued(OutgoingMail mail, @Nullable String org, boolean inTransaction) {}

    static final String HOSTILE = "<script>alert(1)</script> Zoë";

    @MockitoBean
    MailOutbox outbox;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    LanguagePreference languages;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reminders reminders;

    final List<Queued> queued = new CopyOnWriteArrayList<>();
    Tenant acme;
    long course;
    long module;

    @BeforeEach
    void organization() {
        reset(outbox);
        doAnswer(call -> {
                    queued.add(new Queued(
                            call.getArgument(0),
                            TenantContext.current().map(Tenant::slug).orElse(null),
                            TransactionSynchronizationManager.isActualTransactionActive()));
                    return null;
                })
                .when(outbox)
                .queue(any());
        acme = organizations.create("acme");
        course = courseWithCertificate(acme, "Fire safety");
        module = firstModule;
        TenantContext.set(acme);
        users.create(new NewUser("zoe@example.com", HOSTILE, "quiet-river-2026", Set.of(Role.STUDENT)));
        TestOrganizations.signIn(organizations.principal(acme, "zoe@example.com"));
        languages.choose(Locale.GERMAN);
        queued.clear();
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private long firstModule;

    private long courseWithCertificate(Tenant tenant, String title) {
        TenantContext.set(tenant);
        TestOrganizations.signIn(organizations.principal(tenant, TestOrganizations.ADMIN_EMAIL));
        long id = courses.create(new CourseForm(title, "", null, null).withCertificate(new BigDecimal("2"), 12));
        firstModule =
                courses.addModule(id, ModuleForm.text("Only module", "read me").withPublished(true));
        courses.publish(id);
        return id;
    }

    private String host(Tenant tenant) {
        return "http://" + tenant.slug() + ".lyceum.localhost:8080/";
    }

    private List<OutgoingMail> mails(MailKind kind) {
        return queued.stream()
                .map(Queued::mail)
                .filter(mail -> mail.kind() == kind)
                .toList();
    }

    @Test
    void enrolling_queues_a_confirmation_in_the_learners_language_inside_the_enrolling_transaction() {
        enrollments.enrollSelf(course);

        assertThat(queued).hasSize(1);
        Queued call = queued.getFirst();
        assertThat(call.inTransaction()).isTrue();
        assertThat(call.org()).isEqualTo(acme.slug());
        OutgoingMail mail = call.mail();
        assertThat(mail.kind()).isEqualTo(MailKind.ENROLLMENT_CONFIRMED);
        assertThat(mail.toAddress()).isEqualTo("zoe@example.com");
        assertThat(mail.toName()).isEqualTo(HOSTILE);
        assertThat(mail.locale()).isEqualTo(Locale.GERMAN);
        assertThat(mail.subject()).isEqualTo("Sie sind in Fire safety eingeschrieben");
        assertThat(mail.html())
                .contains("href=\"" + host(acme) + "learn/courses/" + course + "\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Zoë")
                .doesNotContain("<script>");

        // Enrolling again changes nothing, and sends nothing.
        enrollments.enrollSelf(course);
        assertThat(queued).hasSize(1);
    }

    @Test
    void completing_a_course_queues_the_certificate_with_its_download_and_verification_links() {
        enrollments.enrollSelf(course);
        progress.complete(course, module);
        // The certificate, and with it the mail, follows on course.completed's listener after commit.
        Publications.awaitCompleted(jdbc, acme);

        OutgoingMail mail = mails(MailKind.COURSE_COMPLETED).getFirst();
        assertThat(mails(MailKind.COURSE_COMPLETED)).hasSize(1);
        assertThat(mail.toAddress()).isEqualTo("zoe@example.com");
        assertThat(mail.locale()).isEqualTo(Locale.GERMAN);
        String number = jdbc.queryForObject("select number from \"" + acme.schema() + "\".certificate", String.class);
        String code = jdbc.queryForObject(
                "select verification_code from \"" + acme.schema() + "\".certificate", String.class);
        long id = jdbc.queryForObject("select id from \"" + acme.schema() + "\".certificate", Long.class);
        assertThat(mail.html())
                .contains(host(acme) + "certificates/" + id + "/" + number + ".pdf")
                .contains(host(acme) + "verify/" + code);
        assertThat(mail.text()).contains(number);
    }

    @Test
    void invitation_reset_and_welcome_go_to_the_person_in_the_transaction_that_stored_the_token() {
        TestOrganizations.signIn(organizations.principal(acme, TestOrganizations.ADMIN_EMAIL));
        long zoe = organizations.principal(acme, "zoe@example.com").id();
        Instant expires = Instant.parse("2030-01-08T12:00:00Z");
        transaction.executeWithoutResult(status -> {
            events.publishEvent(
                    new InvitationCreated(zoe, "zoe@example.com", HOSTILE, host(acme) + "invite/abc", expires));
            events.publishEvent(
                    new PasswordResetRequested(zoe, "zoe@example.com", HOSTILE, host(acme) + "reset/def", expires));
            events.publishEvent(new MemberJoined(zoe, "zoe@example.com", HOSTILE));
        });

        assertThat(queued).hasSize(3).allSatisfy(call -> {
            assertThat(call.inTransaction()).isTrue();
            assertThat(call.org()).isEqualTo(acme.slug());
            assertThat(call.mail().toAddress()).isEqualTo("zoe@example.com");
            assertThat(call.mail().locale()).isEqualTo(Locale.GERMAN);
        });
        OutgoingMail invitation = mails(MailKind.INVITATION).getFirst();
        assertThat(invitation.subject()).isEqualTo("Ada Admin hat Sie zu " + acme.name() + " eingeladen");
        assertThat(invitation.html()).contains(host(acme) + "invite/abc").contains("08.01.2030");
        assertThat(mails(MailKind.PASSWORD_RESET).getFirst().text()).contains(host(acme) + "reset/def");
        assertThat(mails(MailKind.WELCOME).getFirst().subject()).isEqualTo("Willkommen bei " + acme.name());
    }

    @Test
    void billing_notices_go_to_every_admin_of_the_organization_after_the_webhooks_commit() {
        organizations.addUser(acme, "second.admin@example.com", "keys-to-the-castle-2", Role.ADMIN);
        queued.clear();
        TenantContext.clear();
        SecurityContextHolder.clearContext();
        // As the webhook does: in the platform's transaction, no organization bound.
        transaction.executeWithoutResult(status -> events.publishEvent(
                new SubscriptionChanged(acme.id(), acme.slug(), SubscriptionStatus.PAST_DUE, "PRO", false)));

        await().atMost(Duration.ofSeconds(10)).until(() -> queued.size() == 2);
        assertThat(queued).allSatisfy(call -> {
            assertThat(call.org()).isEqualTo(acme.slug());
            assertThat(call.inTransaction()).isTrue();
            assertThat(call.mail().kind()).isEqualTo(MailKind.PAYMENT_FAILED);
            assertThat(call.mail().locale()).isEqualTo(Locale.ENGLISH);
            assertThat(call.mail().html()).contains(host(acme) + "admin/billing");
        });
        assertThat(queued.stream().map(call -> call.mail().toAddress()))
                .containsExactlyInAnyOrder(TestOrganizations.ADMIN_EMAIL, "second.admin@example.com");

        queued.clear();
        transaction.executeWithoutResult(status -> events.publishEvent(
                new SubscriptionChanged(acme.id(), acme.slug(), SubscriptionStatus.ACTIVE, "PRO", true)));
        await().atMost(Duration.ofSeconds(10)).until(() -> queued.size() == 2);
        assertThat(queued).allSatisfy(call -> assertThat(call.mail().kind()).isEqualTo(MailKind.PLAN_CHANGED));

        // A payment that goes through is no news.
        queued.clear();
        transaction.executeWithoutResult(status -> events.publishEvent(
                new SubscriptionChanged(acme.id(), acme.slug(), SubscriptionStatus.ACTIVE, "PRO", false)));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(queued::isEmpty);
    }

    private void idleFor(Tenant tenant, Duration idle) {
        jdbc.update(
                "update \"" + tenant.schema() + "\".enrollment set enrolled_at = ?, last_accessed_at = null",
                java.sql.Timestamp.from(Instant.now().minus(idle)));
    }

    @Test
    void a_learner_who_went_quiet_is_reminded_once_per_quiet_stretch() {
        enrollments.enrollSelf(course);
        TenantContext.clear();
        SecurityContextHolder.clearContext();
        queued.clear();

        idleFor(acme, Duration.ofDays(3));
        assertThat(reminders.sweep(acme).courseReminders()).isZero();

        idleFor(acme, Duration.ofDays(10));
        assertThat(reminders.sweep(acme).courseReminders()).isEqualTo(1);
        OutgoingMail reminder = mails(MailKind.COURSE_REMINDER).getFirst();
        assertThat(reminder.toAddress()).isEqualTo("zoe@example.com");
        assertThat(reminder.locale()).isEqualTo(Locale.GERMAN);
        assertThat(reminder.text()).contains("0 %", "10 Tage", host(acme) + "learn/courses/" + course);
        assertThat(queued.getFirst().inTransaction()).isTrue();

        // The next day's run: the same stretch, no second reminder.
        assertThat(reminders.sweep(acme).courseReminders()).isZero();
        // Back in the course, then quiet again: a new stretch, a new reminder.
        jdbc.update(
                "update \"" + acme.schema() + "\".enrollment set last_accessed_at = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))));
        assertThat(reminders.sweep(acme).courseReminders()).isEqualTo(1);
        assertThat(mails(MailKind.COURSE_REMINDER)).hasSize(2);
    }

    @Test
    void a_certificate_about_to_expire_is_announced_once_per_expiry_date() {
        enrollments.enrollSelf(course);
        progress.complete(course, module);
        Publications.awaitCompleted(jdbc, acme);
        TenantContext.clear();
        SecurityContextHolder.clearContext();
        queued.clear();

        // Valid for 12 months: nothing to say yet.
        assertThat(reminders.sweep(acme).expiryNotices()).isZero();

        jdbc.update("update \"" + acme.schema() + "\".certificate set expires_on = current_date + 20");
        assertThat(reminders.sweep(acme).expiryNotices()).isEqualTo(1);
        OutgoingMail notice = mails(MailKind.CERTIFICATE_EXPIRING).getFirst();
        assertThat(notice.toAddress()).isEqualTo("zoe@example.com");
        assertThat(notice.subject()).startsWith("Ihr Zertifikat für „Fire safety“ läuft am ");
        assertThat(notice.html()).contains(host(acme) + "learn/courses/" + course);
        assertThat(reminders.sweep(acme).expiryNotices()).isZero();

        // Revoked certificates are not announced.
        jdbc.update(
                "update \"" + acme.schema() + "\".certificate set expires_on = current_date + 21, revoked_at = now()");
        assertThat(reminders.sweep(acme).expiryNotices()).isZero();
    }

    @Test
    void acmes_reminders_never_go_to_globexs_learners() {
        Tenant globex = organizations.create("globex");
        long globexCourse = courseWithCertificate(globex, "Fire safety");
        users.create(new NewUser("zoe@example.com", "Zoë of Globex", "quiet-river-2026", Set.of(Role.STUDENT)));
        TestOrganizations.signIn(organizations.principal(globex, "zoe@example.com"));
        enrollments.enrollSelf(globexCourse);
        TenantContext.set(acme);
        TestOrganizations.signIn(organizations.principal(acme, "zoe@example.com"));
        enrollments.enrollSelf(course);
        TenantContext.clear();
        SecurityContextHolder.clearContext();
        idleFor(acme, Duration.ofDays(10));
        idleFor(globex, Duration.ofDays(10));
        queued.clear();

        assertThat(reminders.sweep(acme).courseReminders()).isEqualTo(1);
        assertThat(queued).singleElement().satisfies(call -> {
            assertThat(call.org()).isEqualTo(acme.slug());
            assertThat(call.mail().toName()).isEqualTo(HOSTILE);
            assertThat(call.mail().html()).contains(host(acme)).doesNotContain(globex.slug());
        });

        queued.clear();
        assertThat(reminders.sweep(globex).courseReminders()).isEqualTo(1);
        assertThat(queued).singleElement().satisfies(call -> {
            assertThat(call.org()).isEqualTo(globex.slug());
            assertThat(call.mail().toName()).isEqualTo("Zoë of Globex");
            assertThat(call.mail().html()).contains(host(globex)).doesNotContain(acme.slug());
        });
    }

    @Test
    void while_another_node_sweeps_an_organization_this_one_leaves_it_alone() throws Exception {
        enrollments.enrollSelf(course);
        TenantContext.clear();
        SecurityContextHolder.clearContext();
        idleFor(acme, Duration.ofDays(10));
        queued.clear();
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Thread otherNode = Thread.ofVirtual()
                .start(() -> transaction.executeWithoutResult(status -> {
                    jdbc.queryForObject(
                            "select pg_try_advisory_xact_lock(?, ?)", Boolean.class, Reminders.LOCK_SPACE, (int)
                                    acme.id());
                    held.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(reminders.sweep(acme).ran()).isFalse();
            assertThat(queued).isEmpty();
        } finally {
            release.countDown();
            otherNode.join();
        }
        assertThat(reminders.sweep(acme).courseReminders()).isEqualTo(1);
    }
}
