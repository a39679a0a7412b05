package io.lyceum.notification;

import static org.awaitility.Awaitility.await;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Queues mail as a module's change would, in a transaction of the organization; for tests elsewhere. */
public final class TestMail {

    private TestMail() {}

    /** Queues one message of {@code kind} (a {@code MailKind} name) and commits. */
    public static void queue(ApplicationContext context, Tenant tenant, String kind, String to, String subject) {
        var outbox = context.getBean(MailOutbox.class);
        var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        TenantContext.runAs(
                tenant, () -> transactions.executeWithoutResult(status -> outbox.queue(mail(kind, to, subject))));
    }

    static OutgoingMail mail(String kind, String to, String subject) {
        return new OutgoingMail(
                MailKind.valueOf(kind),
                to,
                "Zoë Recipient",
                Locale.ENGLISH,
                subject,
                "<html><body><h1 style=\"color:#123456\">" + subject + "</h1><p>Hello Zoë</p></body></html>",
                subject + "\n\nHello Zoë");
    }

    /**
     * The organization as a test of mail wants it: the mail its sign-up made (the owner's welcome) sent
     * and forgotten — outbox rows, dev mailbox, counts and the SMTP server's copy — so that the test
     * sees only the mail it makes.
     */
    public static Tenant quiet(ApplicationContext context, Tenant tenant) {
        var jdbc = context.getBean(JdbcTemplate.class);
        String outbox = "\"" + tenant.schema() + "\".mail_message";
        await("the sign-up mail of " + tenant.slug() + " to be handled")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    drain(context, tenant);
                    return jdbc.queryForObject(
                                    "select count(*) from " + outbox + " where status in ('QUEUED', 'SENDING')",
                                    Integer.class)
                            == 0;
                });
        jdbc.update("delete from " + outbox);
        for (String table : new String[] {"dev_mail", "mail_usage", "mail_failure"}) {
            jdbc.update("delete from platform." + table + " where organization_id = ?", tenant.id());
        }
        SmtpServer.purge();
        return tenant;
    }

    /** Drains the organization's outbox now, on this thread. */
    public static int drain(ApplicationContext context, Tenant tenant) {
        return TenantContext.callAs(
                tenant, () -> context.getBean(MailDispatcher.class).drain());
    }
}
