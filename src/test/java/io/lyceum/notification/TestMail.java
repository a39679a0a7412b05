package io.lyceum.notification;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
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

    /** Drains the organization's outbox now, on this thread. */
    public static int drain(ApplicationContext context, Tenant tenant) {
        return TenantContext.callAs(
                tenant, () -> context.getBean(MailDispatcher.class).drain());
    }
}
