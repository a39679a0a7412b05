package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable events: stored in the organization's schema with the change, handled after commit, and
 * handed over again with backoff while the listener fails, until it succeeds; one node at a time.
 */
@LyceumIntegrationTest
@Import(EventRedeliveryTest.FlakyListener.class)
class EventRedeliveryTest {

    /** An event whose listener fails as often as asked first. */
    record Flaky(String org, String id, int failures) {}

    @TestComponent
    static class FlakyListener {

        // Reached through a method: the bean is a proxy (its listener runs asynchronously).
        private final List<String> calls = new CopyOnWriteArrayList<>();
        private final List<Map.Entry<String, Instant>> callTimes = new CopyOnWriteArrayList<>();

        List<String> calls() {
            return calls;
        }

        /** When each delivery of the event with this id began. */
        List<Instant> callTimes(String id) {
            return callTimes.stream()
                    .filter(call -> call.getKey().equals(id))
                    .map(Map.Entry::getValue)
                    .toList();
        }

        @ApplicationModuleListener
        void on(Flaky event) {
            callTimes.add(Map.entry(event.id(), Instant.now()));
            calls.add(
                    event.id() + "@" + TenantContext.current().map(Tenant::slug).orElse("platform"));
            if (calls.stream().filter(call -> call.startsWith(event.id() + "@")).count() <= event.failures()) {
                throw new IllegalStateException("not yet (" + event.id() + ")");
            }
        }
    }

    @Autowired
    TestOrganizations organizations;

    @Autowired
    EventRedelivery redelivery;

    @Autowired
    FlakyListener listener;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    Tenant acme;
    Tenant globex;

    @BeforeEach
    void twoOrganizations() {
        acme = organizations.create("evacme");
        globex = organizations.create("evglobex");
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
    }

    private void publish(Tenant tenant, Flaky event) {
        TenantContext.runAs(tenant, () -> transaction.executeWithoutResult(status -> events.publishEvent(event)));
    }

    private String statusOf(Tenant tenant, String id) {
        return jdbc.queryForObject(
                "select coalesce(status, 'PUBLISHED') || ':' || completion_attempts || ':' || (completion_date is not null)"
                        + " from \"" + tenant.schema() + "\".event_publication"
                        + " where listener_id like '%FlakyListener%' and serialized_event like ?",
                String.class,
                "%\"" + id + "\"%");
    }

    @Test
    void an_event_is_stored_in_its_organizations_schema_only_and_completes_after_commit() {
        publish(acme, new Flaky(acme.slug(), "plain", 0));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(acme, "plain").endsWith(":true"));
        assertThat(listener.calls()).contains("plain@" + acme.slug());
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + globex.schema() + "\".event_publication"
                                + " where serialized_event like '%plain%'",
                        Integer.class))
                .isZero();
    }

    @Test
    void a_rolled_back_change_stores_and_delivers_no_event() {
        TenantContext.runAs(
                acme,
                () -> transaction.executeWithoutResult(status -> {
                    events.publishEvent(new Flaky(acme.slug(), "rolledback", 0));
                    status.setRollbackOnly();
                }));
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + acme.schema() + "\".event_publication"
                                + " where serialized_event like '%rolledback%'",
                        Integer.class))
                .isZero();
        assertThat(listener.calls()).noneMatch(call -> call.startsWith("rolledback@"));
    }

    @Test
    void a_failing_listener_is_redelivered_with_growing_backoff_until_it_completes() {
        publish(acme, new Flaky(acme.slug(), "flaky", 2));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(acme, "flaky").startsWith("FAILED"));

        // Not due before its backoff (0.5 s in tests, then 1 s): a pass right away hands nothing over.
        redelivery.redeliverAll();
        assertThat(listener.calls().stream().filter(call -> call.startsWith("flaky@")))
                .hasSize(1);

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    redelivery.redeliverAll();
                    return listener.calls().stream()
                                    .filter(call -> call.startsWith("flaky@"))
                                    .count()
                            == 2;
                });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(acme, "flaky").startsWith("FAILED"));
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    redelivery.redeliverAll();
                    return statusOf(acme, "flaky").endsWith(":true");
                });
        // Measured between the deliveries themselves (not from when this test noticed the failure):
        // the third comes at least 0.5 s + 1 s after the first, less the first hand-off's few ms.
        List<Instant> times = listener.callTimes("flaky");
        assertThat(times).hasSize(3);
        assertThat(Duration.between(times.get(0), times.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(Duration.between(times.get(1), times.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(Duration.between(times.get(0), times.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
        // Every delivery ran as the organization that published it.
        assertThat(listener.calls().stream().filter(call -> call.startsWith("flaky@")))
                .containsExactly("flaky@" + acme.slug(), "flaky@" + acme.slug(), "flaky@" + acme.slug());
    }

    @Test
    void the_backoff_doubles_up_to_an_hour() {
        assertThat(redelivery.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(redelivery.backoffAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(redelivery.backoffAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(redelivery.backoffAfter(40)).isEqualTo(EventRedelivery.MAX_BACKOFF);
    }

    @Test
    void an_event_never_handed_over_before_a_stop_is_delivered_by_the_next_pass() {
        publish(globex, new Flaky(globex.slug(), "lost", 0));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(globex, "lost").endsWith(":true"));
        // As if the node had stopped between commit and hand-off: incomplete, never started.
        jdbc.update("update \"" + globex.schema() + "\".event_publication set completion_date = null,"
                + " status = 'PUBLISHED', completion_attempts = 0, publication_date = now() - interval '1 minute'"
                + " where serialized_event like '%\"lost\"%'");
        listener.calls().clear();

        redelivery.redeliverAll();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(globex, "lost").endsWith(":true"));
        assertThat(listener.calls()).containsExactly("lost@" + globex.slug());
    }

    @Test
    void only_one_node_runs_a_pass_at_a_time() throws Exception {
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?, 1)")) {
            lock.setInt(1, EventRedelivery.LOCK_SPACE);
            lock.execute();
            assertThat(redelivery.redeliverAll())
                    .as("another node holds the pass")
                    .isFalse();
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?, 1)")) {
                unlock.setInt(1, EventRedelivery.LOCK_SPACE);
                unlock.execute();
            }
        }
        assertThat(redelivery.redeliverAll()).isTrue();
    }
}
