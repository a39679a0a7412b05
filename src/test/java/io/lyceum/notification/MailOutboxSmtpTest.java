package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Roles;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail queued with a change goes out over real SMTP after commit: once, complete, retried, held, unsubscribed. */
@LyceumIntegrationTest
@SmtpMail
class MailOutboxSmtpTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ApplicationContext context;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailPoller poller;

    @Autowired
    MailConsole console;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void smtpUp() {
        SmtpServer.start();
        SecurityContextHolder.clearContext();
    }

    private void queue(Tenant tenant, MailKind kind, String to, String subject) {
        TestMail.queue(context, tenant, kind.name(), to, subject);
    }

    private List<Map<String, Object>> outbox(Tenant tenant) {
        return jdbc.queryForList("select * from " + tenant.schema() + ".mail_message order by id");
    }

    private String status(Tenant tenant, String subject) {
        return jdbc.queryForObject(
                "select status from " + tenant.schema() + ".mail_message where subject = ?", String.class, subject);
    }

    private static Instant time(Object value) {
        return ((Timestamp) value).toInstant();
    }

    private static String header(MimeMessage message, String name) throws Exception {
        String[] values = message.getHeader(name);
        return values == null ? "" : values[0];
    }

    @Test
    void mail_queued_in_a_transaction_that_rolls_back_is_never_sent() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailrollback"));
        var transactions = new TransactionTemplate(transactionManager);
        TenantContext.runAs(
                acme,
                () -> transactions.executeWithoutResult(status -> {
                    outbox.queue(TestMail.mail("COURSE_REMINDER", "rolled@example.com", "Never"));
                    status.setRollbackOnly();
                }));
        TestMail.drain(context, acme);
        poller.poll();

        assertThat(outbox(acme)).isEmpty();
        assertThat(SmtpServer.receivedBy("rolled@example.com")).isEmpty();
    }

    @Test
    void committed_mail_arrives_once_with_text_and_html_parts_the_orgs_name_and_one_click_unsubscribe()
            throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailcommit"));
        queue(acme, MailKind.COURSE_REMINDER, "ann@example.com", "Finish your course");

        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("ann@example.com").size() == 1);
        TestMail.drain(context, acme);
        poller.poll();
        List<MimeMessage> received = SmtpServer.receivedBy("ann@example.com");
        assertThat(received).hasSize(1);
        MimeMessage message = received.getFirst();

        assertThat(message.getSubject()).isEqualTo("Finish your course");
        var from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo(acme.name());
        assertThat(from.getAddress()).isEqualTo("no-reply@lyceum.localhost");
        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Zoë Recipient");
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType())
                .startsWith("text/plain")
                .containsIgnoringCase("utf-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Hello Zoë");
        assertThat(parts.getBodyPart(1).getContentType())
                .startsWith("text/html")
                .containsIgnoringCase("utf-8");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<h1 style=\"color:#123456\">");
        assertThat(header(message, "List-Unsubscribe"))
                .startsWith("<http://" + acme.slug() + ".lyceum.localhost:8080/mail/unsubscribe?token=")
                .endsWith("&kind=COURSE_REMINDER>");
        assertThat(header(message, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        Map<String, Object> row = outbox(acme).getFirst();
        assertThat(header(message, "Message-ID")).isEqualTo(row.get("message_id"));
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(jdbc.queryForMap(
                        "select queued, sent, failed, held from platform.mail_usage where organization_id = ?",
                        acme.id()))
                .containsEntry("queued", 1)
                .containsEntry("sent", 1)
                .containsEntry("failed", 0);
    }

    @Test
    void essential_mail_carries_no_unsubscribe_link() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailessential"));
        queue(acme, MailKind.INVITATION, "invited@example.com", "You are invited");

        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("invited@example.com").size() == 1);
        MimeMessage message = SmtpServer.receivedBy("invited@example.com").getFirst();
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        assertThat(message.getHeader("List-Unsubscribe-Post")).isNull();
    }

    @Test
    void while_smtp_is_down_nothing_is_lost_and_once_it_is_up_each_message_arrives_once() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("maildown"));
        SmtpServer.stop();
        for (int i = 1; i <= 5; i++) {
            queue(acme, MailKind.COURSE_COMPLETED, "down" + i + "@example.com", "Completed " + i);
        }
        // The after-commit hand-offs try, fail and put the messages back with a backoff.
        await().atMost(WAIT)
                .until(() -> outbox(acme).stream()
                        .allMatch(row -> "QUEUED".equals(row.get("status"))
                                && ((Integer) row.get("attempts")) >= 1
                                && row.get("last_error") != null));

        SmtpServer.start();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            poller.poll();
            return outbox(acme).stream().allMatch(row -> "SENT".equals(row.get("status")));
        });
        poller.poll();
        for (int i = 1; i <= 5; i++) {
            assertThat(SmtpServer.receivedBy("down" + i + "@example.com"))
                    .as("message %d", i)
                    .hasSize(1);
        }
    }

    @Test
    void retries_back_off_then_the_message_fails_shown_to_staff_who_retry_it() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailfail"));
        SmtpServer.stop();
        queue(acme, MailKind.WELCOME, "failing@example.com", "Welcome, failing");
        await().atMost(WAIT).until(() -> (Integer) outbox(acme).getFirst().get("attempts") == 1);
        var first = time(outbox(acme).getFirst().get("next_attempt_at"));
        var created = time(outbox(acme).getFirst().get("created_at"));

        // Not due yet: a drain right away sends nothing and takes no attempt.
        TestMail.drain(context, acme);
        assertThat(outbox(acme).getFirst().get("attempts")).isEqualTo(1);

        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            TestMail.drain(context, acme);
            return (Integer) outbox(acme).getFirst().get("attempts") == 2;
        });
        var second = time(outbox(acme).getFirst().get("next_attempt_at"));
        Map<String, Object> retried = outbox(acme).getFirst();
        assertThat(retried.get("status")).isEqualTo("QUEUED");
        // 0.2 s after the first failure, 0.4 s after the second.
        assertThat(Duration.between(created, first)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(Duration.between(first, second)).isGreaterThanOrEqualTo(Duration.ofMillis(350));

        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            TestMail.drain(context, acme);
            return "FAILED".equals(outbox(acme).getFirst().get("status"));
        });
        Map<String, Object> failed = outbox(acme).getFirst();
        assertThat(failed.get("attempts")).isEqualTo(3);
        assertThat((String) failed.get("last_error")).containsIgnoringCase("connect");

        signInAsStaff();
        var failure = console.failures(0, 1000).stream()
                .filter(row -> row.organizationId() == acme.id())
                .toList();
        assertThat(failure).singleElement().satisfies(row -> {
            assertThat(row.subject()).isEqualTo("Welcome, failing");
            assertThat(row.kind()).isEqualTo("WELCOME");
            assertThat(row.messageId()).isEqualTo(((Number) failed.get("id")).longValue());
            assertThat(row.lastError()).containsIgnoringCase("connect");
        });
        assertThat(jdbc.queryForObject(
                        "select failed from platform.mail_usage where organization_id = ?", Integer.class, acme.id()))
                .isEqualTo(1);

        SmtpServer.start();
        assertThat(console.retry(acme.slug(), failure.getFirst().messageId())).isTrue();
        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("failing@example.com").size() == 1);
        assertThat(console.failures(0, 1000)).noneMatch(row -> row.organizationId() == acme.id());
        assertThat(console.retry(acme.slug(), failure.getFirst().messageId()))
                .as("a second retry finds nothing failed")
                .isFalse();
    }

    @Test
    void mail_held_last_month_goes_in_the_new_month_within_its_allowance_and_counts_in_it() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailmonth"));
        // Last month: 50 sent and 3 held for the shared domain's allowance; this month: 48 sent.
        jdbc.update(
                "insert into " + acme.schema() + ".mail_message (kind, to_address, locale, subject, html, text_body,"
                        + " status, hold_reason, message_id, created_at, counted_at)"
                        + " select 'WELCOME', 'm' || n || '@example.com', 'en', case when n > 50 then 'Held ' || n"
                        + " else 'Old' end, '<p>x</p>', 'x', case when n > 50 then 'HELD' else 'SENT' end,"
                        + " case when n > 50 then 'DOMAIN' end, '<month-' || n || '-' || ? || '>',"
                        + " date_trunc('month', now()) - interval '2 days', date_trunc('month', now()) - interval '2 days'"
                        + " from generate_series(1, 53) n",
                acme.slug());
        jdbc.update(
                "insert into " + acme.schema() + ".mail_message (kind, to_address, locale, subject, html, text_body,"
                        + " status, message_id) select 'WELCOME', 'now' || n || '@example.com', 'en', 'Now', '', '',"
                        + " 'SENT', '<now-' || n || '-' || ? || '>' from generate_series(1, 48) n",
                acme.slug());

        poller.poll();

        // Room for two this month: the two oldest held go, and count now; the third waits.
        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("m51@example.com").size() == 1);
        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("m52@example.com").size() == 1);
        assertThat(status(acme, "Held 53")).isEqualTo("HELD");
        assertThat(TenantContext.callAs(acme, () -> outbox.countedThisMonth())).isEqualTo(50);
        poller.poll();
        assertThat(status(acme, "Held 53")).isEqualTo("HELD");
        assertThat(SmtpServer.receivedBy("m53@example.com")).isEmpty();
    }

    @Test
    void the_51st_mail_of_an_unverified_org_is_held_and_released_when_its_domain_is_verified() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailheld"));
        // 50 messages this month already (sent and failed alike count; held and suppressed do not).
        jdbc.update(
                "insert into " + acme.schema() + ".mail_message (kind, to_address, locale, subject, html, text_body,"
                        + " status, message_id) select 'WELCOME', 'old' || n || '@example.com', 'en', 'Old', '', '',"
                        + " case when n % 10 = 0 then 'FAILED' else 'SENT' end, '<old-' || n || '-' || ? || '>'"
                        + " from generate_series(1, 50) n",
                acme.slug());
        jdbc.update(
                "insert into " + acme.schema() + ".mail_message (kind, to_address, locale, subject, html, text_body,"
                        + " status, hold_reason, message_id) values ('WELCOME', 'x@example.com', 'en', 'Held before', '', '',"
                        + " 'SUPPRESSED', null, ?)",
                "<suppressed-" + acme.slug() + ">");

        queue(acme, MailKind.COURSE_REMINDER, "fifty-one@example.com", "The 51st");
        queue(acme, MailKind.PASSWORD_RESET, "reset@example.com", "Reset your password");

        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("reset@example.com").size() == 1);
        poller.poll();
        assertThat(status(acme, "The 51st")).isEqualTo("HELD");
        assertThat(jdbc.queryForObject(
                        "select hold_reason from " + acme.schema() + ".mail_message where subject = 'The 51st'",
                        String.class))
                .isEqualTo("DOMAIN");
        assertThat(SmtpServer.receivedBy("fifty-one@example.com")).isEmpty();
        assertThat(TenantContext.callAs(acme, () -> outbox.held(HoldReason.DOMAIN)))
                .isEqualTo(1);

        var transactions = new TransactionTemplate(transactionManager);
        TenantContext.runAs(
                acme,
                () -> transactions.executeWithoutResult(
                        status -> events.publishEvent(new SenderDomainVerified(acme.slug(), "mail.acme.example"))));

        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("fifty-one@example.com").size() == 1);
        assertThat(status(acme, "The 51st")).isEqualTo("SENT");
        assertThat(jdbc.queryForMap(
                        "select queued, held from platform.mail_usage where organization_id = ?", acme.id()))
                .containsEntry("held", 1)
                .containsEntry("queued", 2);
    }

    @Test
    void past_the_plans_emails_per_month_notifications_wait_until_the_plan_has_room() throws Exception {
        jdbc.update("""
                insert into platform.plan (code, name, monthly_price_cents, emails_per_month, sort_order)
                values ('MAILTWO', 'Mail two', 0, 2, 90) on conflict (code) do update set emails_per_month = 2""");
        Tenant acme = TestMail.quiet(context, organizations.create("mailplan", "MAILTWO"));
        queue(acme, MailKind.WELCOME, "plan1@example.com", "Plan one");
        queue(acme, MailKind.INVITATION, "plan2@example.com", "Plan two");
        queue(acme, MailKind.WELCOME, "plan3@example.com", "Plan three");
        queue(acme, MailKind.INVITATION, "plan4@example.com", "Plan four");

        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("plan4@example.com").size() == 1);
        assertThat(status(acme, "Plan one")).isEqualTo("SENT");
        assertThat(status(acme, "Plan three")).isEqualTo("HELD");
        assertThat(jdbc.queryForObject(
                        "select hold_reason from " + acme.schema() + ".mail_message where subject = 'Plan three'",
                        String.class))
                .isEqualTo("PLAN");
        poller.poll();
        assertThat(status(acme, "Plan three")).as("no room on the plan yet").isEqualTo("HELD");

        jdbc.update("update platform.plan set emails_per_month = 10 where code = 'MAILTWO'");
        poller.poll();
        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("plan3@example.com").size() == 1);
        assertThat(status(acme, "Plan three")).isEqualTo("SENT");
    }

    @Test
    void one_click_unsubscribe_suppresses_later_notifications_of_that_kind_but_essential_mail_still_goes()
            throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailunsub"));
        Tenant globex = TestMail.quiet(context, organizations.create("mailunsubglobex"));
        queue(acme, MailKind.COURSE_REMINDER, "leaving@example.com", "Reminder one");
        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("leaving@example.com").size() == 1);
        String link = header(SmtpServer.receivedBy("leaving@example.com").getFirst(), "List-Unsubscribe");
        String url = link.substring(1, link.length() - 1);
        String host = acme.slug() + ".lyceum.localhost";
        String pathAndQuery = url.substring(url.indexOf("/mail/"));

        var http = new RawHttp(port);
        // A person's browser opens the page that asks (Vaadin's), the mail client POSTs without a session.
        assertThat(http.get(host, pathAndQuery, "").status()).isEqualTo(200);
        assertThat(TenantContext.callAs(
                        acme, () -> context.getBean(Unsubscribes.class).optOuts("leaving@example.com")))
                .as("looking at the page unsubscribes nobody")
                .isEmpty();
        var base = new RawHttp(port);
        assertThat(base.postForm("lyceum.localhost", pathAndQuery, "", Map.of("List-Unsubscribe", "One-Click"))
                        .status())
                .as("not on the base domain")
                .isEqualTo(404);
        assertThat(http.postForm(host, pathAndQuery, "", Map.of("List-Unsubscribe", "One-Click"))
                        .status())
                .isEqualTo(200);
        assertThat(http.postForm(host, "/mail/unsubscribe?token=forged&kind=COURSE_REMINDER", "", Map.of())
                        .status())
                .isEqualTo(404);

        queue(acme, MailKind.COURSE_REMINDER, "Leaving@Example.com", "Reminder two");
        queue(acme, MailKind.WELCOME, "leaving@example.com", "Welcome still");
        queue(acme, MailKind.PASSWORD_RESET, "leaving@example.com", "Reset still");
        queue(globex, MailKind.COURSE_REMINDER, "leaving@example.com", "Globex reminder");
        await().atMost(WAIT)
                .until(() -> SmtpServer.receivedBy("leaving@example.com").size() == 4);
        poller.poll();

        assertThat(status(acme, "Reminder two")).isEqualTo("SUPPRESSED");
        assertThat(SmtpServer.receivedBy("leaving@example.com").stream().map(message -> {
                    try {
                        return message.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactlyInAnyOrder("Reminder one", "Welcome still", "Reset still", "Globex reminder");
    }

    @Test
    void an_organizations_outbox_holds_its_own_mail_only() {
        Tenant acme = TestMail.quiet(context, organizations.create("mailisoacme"));
        Tenant globex = TestMail.quiet(context, organizations.create("mailisoglobex"));
        queue(acme, MailKind.WELCOME, "same@example.com", "Acme welcome");
        queue(globex, MailKind.WELCOME, "same@example.com", "Globex welcome");

        assertThat(outbox(acme)).extracting(row -> row.get("subject")).containsExactly("Acme welcome");
        assertThat(outbox(globex)).extracting(row -> row.get("subject")).containsExactly("Globex welcome");
        assertThat((String) outbox(acme).getFirst().get("list_unsubscribe")).contains("//" + acme.slug() + ".");
        assertThat((String) outbox(globex).getFirst().get("list_unsubscribe")).contains("//" + globex.slug() + ".");
        String acmeToken = jdbc.queryForObject(
                "select token from " + acme.schema() + ".mail_recipient where email = 'same@example.com'",
                String.class);
        String globexToken = jdbc.queryForObject(
                "select token from " + globex.schema() + ".mail_recipient where email = 'same@example.com'",
                String.class);
        assertThat(acmeToken).isNotEqualTo(globexToken);
        // Acme's token means nothing on globex's host.
        assertThat(TenantContext.callAs(
                        globex, () -> context.getBean(Unsubscribes.class).unsubscribe(acmeToken, "WELCOME")))
                .isFalse();
    }

    private static void signInAsStaff() {
        var staff = new LyceumUser("", 1, "staff@lyceum.test", "Staff", Set.of(), true);
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                staff, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF)))));
    }
}
