package io.lyceum.bench;

import io.lyceum.LyceumApplication;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Prints figures, asserts nothing about time: cold start of the application on a fresh embedded
 * database, then the provisioning time of sign-ups (schema, migration, admin, plugins).
 * Run: {@code ./mvnw -Pbench test -Dtest=SignupBenchmark}.
 */
class SignupBenchmark {

    private static final int SIGNUPS = Integer.getInteger("bench.signups", 20);

    @Test
    void signup_provisioning_time() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "bench-pg");
        long coldStart = System.nanoTime();
        try (var app = new SpringApplicationBuilder(LyceumApplication.class)
                .run(
                        "--spring.datasource.url=",
                        "--lyceum.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                        "--lyceum.demo=false",
                        "--server.port=0")) {
            double startMs = (System.nanoTime() - coldStart) / 1e6;
            var signups = app.getBean(SignupService.class);
            // One warm-up sign-up: class loading and Liquibase parsing are start-up costs, not per-org costs.
            signups.signUp(request("warmup"));
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < SIGNUPS; i++) {
                long started = System.nanoTime();
                signups.signUp(request("bench-" + i));
                millis.add((System.nanoTime() - started) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf("%nBENCH cold start (fresh embedded database, no demo data): %.0f ms%n", startMs);
            System.out.printf(
                    "BENCH sign-up provisioning over %d sign-ups: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n%n",
                    SIGNUPS, percentile(millis, 50), percentile(millis, 95), millis.getLast());
        }
    }

    private static SignupRequest request(String slug) {
        return new SignupRequest("Bench " + slug, slug, "Bench Admin", "owner@example.com", "bench-password-1");
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
