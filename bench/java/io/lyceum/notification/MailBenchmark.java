package io.lyceum.notification;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints figures, asserts nothing about time: mail through the whole outbox path (stored in the
 * organization's schema, handed to a worker after commit, claimed, built, sent over real SMTP to
 * GreenMail on localhost, marked sent). Throughput: 1,000 messages committed in one transaction of
 * one organization (a CSV import's invitations), and 4 × 250 in four organizations at once; latency:
 * from the commit of a one-message transaction to GreenMail having accepted it, 300 times after 30
 * warm-up, one at a time. Run: {@code ./mvnw -Pbench test -Dtest=MailBenchmark}.
 */
@LyceumIntegrationTest
@SmtpMail
class MailBenchmark {

    private static final int BULK = 1_000;
    private static final int ORGANIZATIONS = 4;
    private static final int PER_ORGANIZATION = 250;
    private static final int WARM_UP = 30;
    private static final int LATENCY_RUNS = 300;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    MailOutbox outbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void throughput_and_commit_to_smtp_latency() throws Exception {
        var transactions = new TransactionTemplate(transactionManager);

        Tenant warm = organizations.create("benchmailwarm");
        for (int i = 0; i < WARM_UP; i++) {
            sendOne(transactions, warm, "warm" + i);
        }

        Tenant bulk = organizations.create("benchmailbulk");
        int before = SmtpServer.receivedCount();
        long started = System.nanoTime();
        TenantContext.runAs(
                bulk,
                () -> transactions.executeWithoutResult(status -> {
                    for (int i = 0; i < BULK; i++) {
                        outbox.queue(TestMail.mail("INVITATION", "bulk" + i + "@example.com", "Bulk " + i));
                    }
                }));
        long committed = System.nanoTime();
        awaitReceived(before + BULK);
        long done = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "one organization, %d messages in one transaction: queued in %.0f ms, all accepted %.0f ms after"
                        + " commit: %.0f messages/s%n",
                BULK,
                (committed - started) / 1e6,
                (done - committed) / 1e6,
                BULK / ((done - committed) / 1e9));

        List<Tenant> many = new ArrayList<>();
        for (int i = 0; i < ORGANIZATIONS; i++) {
            many.add(organizations.create("benchmailmany"));
        }
        before = SmtpServer.receivedCount();
        long manyStarted = System.nanoTime();
        for (Tenant tenant : many) {
            TenantContext.runAs(
                    tenant,
                    () -> transactions.executeWithoutResult(status -> {
                        for (int i = 0; i < PER_ORGANIZATION; i++) {
                            outbox.queue(TestMail.mail(
                                    "PASSWORD_RESET", "many" + i + "@" + tenant.slug() + ".example", "Many " + i));
                        }
                    }));
        }
        awaitReceived(before + ORGANIZATIONS * PER_ORGANIZATION);
        double manySeconds = (System.nanoTime() - manyStarted) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d organizations × %d messages (queued one after the other, drained in parallel): %.0f messages/s"
                        + " from first queue to last accept%n",
                ORGANIZATIONS,
                PER_ORGANIZATION,
                ORGANIZATIONS * PER_ORGANIZATION / manySeconds);

        Tenant latency = organizations.create("benchmaillatency");
        double[] millis = new double[LATENCY_RUNS];
        for (int i = 0; i < LATENCY_RUNS; i++) {
            millis[i] = sendOne(transactions, latency, "latency" + i);
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "commit → SMTP accepted, %d messages one at a time: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                LATENCY_RUNS,
                percentile(millis, 50),
                percentile(millis, 95),
                millis[LATENCY_RUNS - 1]);
    }

    /** Queues one message in its own transaction; milliseconds from commit to GreenMail's accept. */
    private double sendOne(TransactionTemplate transactions, Tenant tenant, String name) throws InterruptedException {
        int before = SmtpServer.receivedCount();
        TenantContext.runAs(
                tenant,
                () -> transactions.executeWithoutResult(
                        status -> outbox.queue(TestMail.mail("INVITATION", name + "@example.com", name))));
        long committed = System.nanoTime();
        awaitReceived(before + 1);
        return (System.nanoTime() - committed) / 1e6;
    }

    private static void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (SmtpServer.receivedCount() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + SmtpServer.receivedCount() + " of " + count + " arrived");
            }
            Thread.sleep(0, 200_000);
        }
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
