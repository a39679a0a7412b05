package io.lyceum.certificate;

import io.lyceum.learning.Completions;
import io.lyceum.learning.CourseCompleted;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns completions into certificates. {@code course.completed} is handled after its transaction
 * commits, on two worker threads of its own, so that a learner's request neither waits for the PDF
 * nor holds a second database connection; the enrollment row it completed is the durable record,
 * so a sweep shortly after start-up and every few minutes issues whatever a crash, a full queue, a failed
 * render or a late plugin install left out. Tests may issue inline
 * ({@code lyceum.certificates.issue-async=false}) to assert right after a completion.
 */
@Component
class CertificateDelivery implements DisposableBean {

    /** How far back a sweep looks for completions without a certificate. */
    static final Duration SWEEP_WINDOW = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(CertificateDelivery.class);

    private final CertificateIssuer issuer;
    private final Completions completions;
    private final PluginService plugins;
    private final TenantDirectory directory;
    private final Clock clock;
    private final @Nullable ExecutorService workers;

    CertificateDelivery(
            CertificateIssuer issuer,
            Completions completions,
            PluginService plugins,
            TenantDirectory directory,
            Clock clock,
            @Value("${lyceum.certificates.issue-async:true}") boolean async) {
        this.workers = async
                ? new ThreadPoolExecutor(
                        2,
                        2,
                        0,
                        TimeUnit.SECONDS,
                        new ArrayBlockingQueue<>(10_000),
                        Thread.ofPlatform().name("certificates-", 1).daemon().factory())
                : null;
        this.issuer = issuer;
        this.completions = completions;
        this.plugins = plugins;
        this.directory = directory;
        this.clock = clock;
    }

    @TransactionalEventListener
    void on(CourseCompleted event) {
        Runnable delivery = () -> directory
                .findBySlug(event.org())
                .ifPresent(entry -> TenantContext.runAs(entry.tenant(), () -> issue(event.enrollmentId())));
        if (workers == null) {
            delivery.run();
            return;
        }
        try {
            workers.execute(delivery);
        } catch (RejectedExecutionException full) {
            log.warn(
                    "Certificate queue full; enrollment {} of {} waits for the next sweep",
                    event.enrollmentId(),
                    event.org());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        if (workers != null) {
            workers.shutdown();
            workers.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    // First half a minute after start-up, on the scheduler's thread: start-up does not wait for it.
    @Scheduled(
            initialDelayString = "${lyceum.certificates.sweep-initial-delay:PT30S}",
            fixedDelayString = "${lyceum.certificates.sweep-interval:PT10M}")
    void sweepAll() {
        for (var tenant : directory.active()) {
            try {
                TenantContext.runAs(tenant, this::sweep);
            } catch (RuntimeException e) {
                log.warn("Certificate sweep of {} failed; the next sweep tries again", tenant.slug(), e);
            }
        }
    }

    /** Issues the missing certificates of the organization in context; returns how many. */
    int sweep() {
        if (!plugins.isActive(CertificatePlugin.ID)) {
            return 0;
        }
        var since = clock.instant().minus(SWEEP_WINDOW);
        Set<String> issued = issuer.issuedSince(since);
        int count = 0;
        for (var completion : completions.since(since)) {
            if (!issued.contains(completion.enrollmentId() + "@" + completion.completedAt())) {
                count += issue(completion.enrollmentId()) ? 1 : 0;
            }
        }
        return count;
    }

    private boolean issue(long enrollmentId) {
        try {
            return issuer.issueFor(enrollmentId).isPresent();
        } catch (DataIntegrityViolationException race) {
            // Issued at this very moment by another delivery of the same completion: one stands.
            return false;
        } catch (RuntimeException e) {
            log.warn(
                    "Certificate for enrollment {} of {} not issued yet; a sweep will retry",
                    enrollmentId,
                    TenantContext.current().map(t -> t.slug()).orElse("?"),
                    e);
            return false;
        }
    }
}
