package io.lyceum.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Warm render time and size of certificates, one thread, per design: 20 warm-up renders, then 200
 * timed. {@code ./mvnw -Pbench test -Dtest=CertificateRenderBenchmark}
 */
class CertificateRenderBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 200;

    @Test
    void render() {
        long start = System.nanoTime();
        var renderer = new CertificateRenderer();
        System.out.printf(Locale.ROOT, "renderer set-up: %.1f ms%n", (System.nanoTime() - start) / 1e6);
        byte[] logo = CertificateRendererTest.image("png", 600, 150);
        for (CertificateDesign design : CertificateDesign.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                renderer.render(document(design, i, logo));
            }
            double[] millis = new double[RUNS];
            long bytes = 0;
            for (int i = 0; i < RUNS; i++) {
                CertificateDocument doc = document(design, i, logo);
                long t0 = System.nanoTime();
                bytes += renderer.render(doc).length;
                millis[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %d renders: p50 %.1f ms, p95 %.1f ms, max %.1f ms, PDF %.1f KB%n",
                    design,
                    RUNS,
                    percentile(millis, 50),
                    percentile(millis, 95),
                    millis[RUNS - 1],
                    bytes / (double) RUNS / 1024);
        }
    }

    private static CertificateDocument document(CertificateDesign design, int i, byte[] logo) {
        return new CertificateDocument(
                "Zoë Łukasiewicz " + i,
                "Advanced Spreadsheet Modelling",
                LocalDate.of(2026, 11, 23),
                "Jürgen Groß",
                "Acme Academy",
                logo,
                "#0b6e4f",
                new BigDecimal("12.5"),
                "ACME-2026-%06d".formatted(i),
                "http://localhost:8080/verify/ab3def9hjk2mnp4qrs6tuv8wxy",
                LocalDate.of(2028, 11, 23),
                design,
                CertificateWording.defaults());
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
