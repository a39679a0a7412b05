package io.lyceum.bench;

import io.lyceum.LyceumApplication;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.UserService;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.TenantContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints figures, asserts nothing about time: how long a limited action takes to be refused at the
 * plan's limit when 20 callers of one organization ask at once (each waits its turn for the
 * organization's plan lock), against the same refusals one caller at a time.
 * Run: {@code ./mvnw -Pbench test -Dtest=PlanPolicyBenchmark}.
 */
class PlanPolicyBenchmark {

    private static final int CALLERS = 20;
    private static final int ROUNDS = 10;

    @Test
    void refusal_at_the_limit_under_concurrent_callers() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "bench-pg");
        try (var app = new SpringApplicationBuilder(LyceumApplication.class)
                .run(
                        "--spring.datasource.url=",
                        "--lyceum.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                        "--lyceum.demo=false",
                        "--server.port=0")) {
            var tenant = app.getBean(SignupService.class)
                    .signUp(
                            new SignupRequest(
                                    "Bench", "bench-plan", "Bench Admin", "owner@example.com", "bench-password-1"),
                            "FREE");
            var users = app.getBean(UserService.class);
            var courses = app.getBean(CourseService.class);
            var owner = TestOrganizations.asAdmin(tenant, () -> users.findByEmail("owner@example.com"))
                    .orElseThrow();
            var admin =
                    new LyceumUser(tenant.slug(), owner.id(), owner.email(), owner.displayName(), owner.roles(), false);
            TestOrganizations.signIn(admin);
            TenantContext.runAs(tenant, () -> {
                for (int i = 0; i < 3; i++) { // the Free plan's limit
                    courses.create(new CourseForm("Course " + i, "", null, null));
                }
            });

            List<Double> alone = new ArrayList<>();
            for (int i = 0; i < CALLERS * ROUNDS; i++) {
                long started = System.nanoTime();
                refused(() ->
                        TenantContext.runAs(tenant, () -> courses.create(new CourseForm("One more", "", null, null))));
                alone.add((System.nanoTime() - started) / 1e6);
            }

            List<Double> together = Collections.synchronizedList(new ArrayList<>());
            try (var pool = Executors.newFixedThreadPool(CALLERS)) {
                for (int round = 0; round < ROUNDS; round++) {
                    var start = new CountDownLatch(1);
                    List<Future<?>> calls = new ArrayList<>();
                    for (int c = 0; c < CALLERS; c++) {
                        calls.add(pool.submit(() -> {
                            TestOrganizations.signIn(admin);
                            try {
                                start.await();
                                long started = System.nanoTime();
                                refused(() -> TenantContext.runAs(
                                        tenant, () -> courses.create(new CourseForm("One more", "", null, null))));
                                together.add((System.nanoTime() - started) / 1e6);
                            } finally {
                                SecurityContextHolder.clearContext();
                            }
                            return null;
                        }));
                    }
                    start.countDown();
                    for (Future<?> call : calls) {
                        call.get();
                    }
                }
            }
            Collections.sort(alone);
            var sorted = new ArrayList<>(together);
            Collections.sort(sorted);
            System.out.printf(
                    "%nBENCH course creation refused at the Free plan's limit, one caller: p50 %.1f ms, p95 %.1f ms (%d calls)%n",
                    percentile(alone, 50), percentile(alone, 95), alone.size());
            System.out.printf(
                    "BENCH the same with %d callers at once: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)%n%n",
                    CALLERS, percentile(sorted, 50), percentile(sorted, 95), sorted.getLast(), sorted.size());
        }
    }

    private static void refused(Runnable attempt) {
        try {
            attempt.run();
            throw new IllegalStateException("The plan's limit let a course through");
        } catch (PlanLimitException expected) {
            // the refusal is what is measured
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
