package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.lyceum.LyceumApplication;
import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The after-commit hand-off is off here, as if every node died between commit and dispatch: mail
 * waits in the outbox for the poller. Dispatchers that race (threads, and a second node on the same
 * database) never send a message twice.
 */
@LyceumIntegrationTest
@SmtpMailNoHandOff
class MailDispatchRaceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    MailPoller poller;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private long statusCount(Tenant tenant, String status) {
        Long count = jdbc.queryForObject(
                "select count(*) from " + tenant.schema() + ".mail_message where status = ?", Long.class, status);
        return count == null ? 0 : count;
    }

    /** How often each of these addresses received a message. */
    private static Map<String, Integer> deliveries(String prefix, int count) {
        var received = new HashMap<String, Integer>();
        for (int i = 0; i < count; i++) {
            String address = prefix + i + "@example.com";
            List<MimeMessage> messages = SmtpServer.receivedBy(address);
            received.put(address, messages.size());
        }
        return received;
    }

    @Test
    void mail_committed_before_a_crash_stays_queued_and_the_poller_sends_it_once() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailcrash"));
        for (int i = 0; i < 3; i++) {
            TestMail.queue(context, acme, "ENROLLMENT_CONFIRMED", "crash" + i + "@example.com", "Enrolled " + i);
        }
        Thread.sleep(500); // a hand-off, if there were one, would have sent by now
        assertThat(deliveries("crash", 3))
                .containsOnlyKeys("crash0@example.com", "crash1@example.com", "crash2@example.com")
                .allSatisfy((address, times) -> assertThat(times).isZero());
        assertThat(statusCount(acme, "QUEUED")).isEqualTo(3);

        poller.poll();
        poller.poll();

        assertThat(deliveries("crash", 3))
                .allSatisfy((address, times) -> assertThat(times).as(address).isEqualTo(1));
        assertThat(statusCount(acme, "SENT")).isEqualTo(3);
    }

    @Test
    void a_message_whose_dispatcher_died_after_claiming_it_is_taken_over_when_its_lease_lapses() {
        Tenant acme = TestMail.quiet(context, organizations.create("maillease"));
        TestMail.queue(context, acme, "WELCOME", "lease0@example.com", "Lease");
        // A dispatcher claimed it and died: SENDING, its lease still running.
        jdbc.update("update " + acme.schema()
                + ".mail_message set status = 'SENDING', attempts = 1, lease_until = now() + interval '1 hour'");
        assertThat(TestMail.drain(context, acme)).isZero();
        assertThat(SmtpServer.receivedBy("lease0@example.com")).isEmpty();

        jdbc.update("update " + acme.schema() + ".mail_message set lease_until = now() - interval '1 second'");
        assertThat(TestMail.drain(context, acme)).isEqualTo(1);
        assertThat(SmtpServer.receivedBy("lease0@example.com")).hasSize(1);
        assertThat(jdbc.queryForObject("select attempts from " + acme.schema() + ".mail_message", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void dispatchers_racing_on_one_outbox_send_each_message_exactly_once() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailrace"));
        // Essential mail, which no monthly allowance holds back.
        int messages = 120;
        for (int i = 0; i < messages; i++) {
            TestMail.queue(context, acme, "INVITATION", "race" + i + "@example.com", "Race " + i);
        }

        List<Integer> sent = race(4, () -> TestMail.drain(context, acme));

        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(messages);
        assertThat(sent)
                .as("more than one dispatcher took part")
                .filteredOn(n -> n > 0)
                .hasSizeGreaterThan(1);
        assertThat(deliveries("race", messages))
                .allSatisfy((address, times) -> assertThat(times).as(address).isEqualTo(1));
        assertThat(statusCount(acme, "SENT")).isEqualTo(messages);
    }

    @Test
    void two_nodes_on_one_database_never_send_the_same_message_twice() throws Exception {
        Tenant acme = TestMail.quiet(context, organizations.create("mailnodes"));
        int messages = 100;
        for (int i = 0; i < messages; i++) {
            TestMail.queue(context, acme, "PASSWORD_RESET", "node" + i + "@example.com", "Node " + i);
        }
        var hikari = (HikariDataSource) dataSource;
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(LyceumApplication.class)
                .properties(
                        "spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(),
                        "spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                        "server.port=0",
                        "lyceum.demo=false",
                        "lyceum.base-domain=lyceum.localhost:8080",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + SmtpServer.PORT,
                        "lyceum.mail.poll-interval=PT1H",
                        "lyceum.mail.dispatch-after-commit=false",
                        "vaadin.launch-browser=false")
                .run()) {
            MailDispatcher otherNode = second.getBean(MailDispatcher.class);
            MailDispatcher thisNode = context.getBean(MailDispatcher.class);
            List<Integer> sent = race(
                    2,
                    () -> io.lyceum.tenancy.TenantContext.callAs(acme, thisNode::drain),
                    () -> io.lyceum.tenancy.TenantContext.callAs(acme, otherNode::drain));

            assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(messages);
            assertThat(deliveries("node", messages))
                    .allSatisfy(
                            (address, times) -> assertThat(times).as(address).isEqualTo(1));
            assertThat(statusCount(acme, "SENT")).isEqualTo(messages);
        }
    }

    /** Runs the dispatchers at the same moment, each on its own thread (started together); what each sent. */
    @SafeVarargs
    private static List<Integer> race(int threads, Callable<Integer>... dispatchers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Integer>>();
            for (int i = 0; i < threads; i++) {
                Callable<Integer> dispatcher = dispatchers[i % dispatchers.length];
                futures.add(pool.submit(() -> {
                    start.await();
                    return dispatcher.call();
                }));
            }
            start.countDown();
            var sent = new ArrayList<Integer>();
            for (Future<Integer> future : futures) {
                sent.add(future.get(60, TimeUnit.SECONDS));
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }
}
