package io.lyceum.tenancy;

import io.lyceum.LyceumApplication;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints figures, asserts nothing about time: how long after a listener's failure its event is
 * delivered again and completes, with the shipped settings (redelivery pass every 15 s, first
 * backoff 15 s) — expected between 15 and 30 s — and the time from commit to the first delivery.
 * 40 events in two organizations, each failing once.
 * Run: {@code ./mvnw -Pbench test -Dtest=EventRedeliveryBenchmark}.
 */
class EventRedeliveryBenchmark {

    record Probe(String id) {}

    @Component
    static class FailsOnce {

        final Map<String, Long> committed = new ConcurrentHashMap<>();
        final Map<String, Long> firstDelivery = new ConcurrentHashMap<>();
        final Map<String, Long> failedAt = new ConcurrentHashMap<>();
        final Map<String, Long> completedAt = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(Probe probe) {
            long now = System.nanoTime();
            if (failedAt.putIfAbsent(probe.id(), now) == null) {
                firstDelivery.put(probe.id(), now);
                throw new IllegalStateException("first delivery of " + probe.id() + " fails");
            }
            completedAt.putIfAbsent(probe.id(), now);
        }

        Map<String, Long> committed() {
            return committed;
        }

        Map<String, Long> firstDelivery() {
            return firstDelivery;
        }

        Map<String, Long> failedAt() {
            return failedAt;
        }

        Map<String, Long> completedAt() {
            return completedAt;
        }
    }

    @Test
    void redelivery_delay_after_a_failure() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "bench-pg");
        try (var app = new SpringApplicationBuilder(LyceumApplication.class, FailsOnce.class)
                .run(
                        "--spring.datasource.url=",
                        "--lyceum.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                        "--lyceum.demo=false",
                        "--server.port=0")) {
            var signups = app.getBean(SignupService.class);
            var tenants = List.of(
                    signups.signUp(
                            new SignupRequest("A", "bench-ev-a", "Ann", "a@example.com", "bench-password-1"), "PRO"),
                    signups.signUp(
                            new SignupRequest("B", "bench-ev-b", "Bob", "b@example.com", "bench-password-1"), "PRO"));
            ApplicationEventPublisher events = app;
            var transaction = app.getBean(TransactionTemplate.class);
            var listener = app.getBean(FailsOnce.class);
            int count = 40;
            for (int i = 0; i < count; i++) {
                String id = "probe-" + i;
                Tenant tenant = tenants.get(i % 2);
                TenantContext.runAs(
                        tenant, () -> transaction.executeWithoutResult(status -> events.publishEvent(new Probe(id))));
                listener.committed().put(id, System.nanoTime());
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (listener.completedAt().size() < count && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            List<Long> firstMs = new ArrayList<>();
            List<Long> redeliveryMs = new ArrayList<>();
            for (var entry : listener.completedAt().entrySet()) {
                redeliveryMs.add((entry.getValue() - listener.failedAt().get(entry.getKey())) / 1_000_000);
                firstMs.add((listener.firstDelivery().get(entry.getKey())
                                - listener.committed().get(entry.getKey()))
                        / 1_000_000);
            }
            Collections.sort(firstMs);
            Collections.sort(redeliveryMs);
            System.out.printf(
                    "%nEventRedeliveryBenchmark: %d of %d events completed after one failure%n",
                    redeliveryMs.size(), count);
            System.out.printf("  commit → first delivery: p50 %d ms, p95 %d ms%n", pct(firstMs, 50), pct(firstMs, 95));
            System.out.printf(
                    "  failure → successful redelivery: p50 %d ms, p95 %d ms, max %d ms%n%n",
                    pct(redeliveryMs, 50), pct(redeliveryMs, 95), redeliveryMs.isEmpty() ? -1 : redeliveryMs.getLast());
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
