package io.lyceum.platform;

import io.lyceum.tenancy.TenantSchemas;
import io.lyceum.tenancy.TenantStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Brings every organization's schema up to the current tenant changelog at start-up, before the
 * web server accepts requests, a few organizations at a time. One organization's failure marks it
 * {@code MIGRATION_FAILED}, is logged and recorded in the ledger, and stops nothing else.
 */
@Component
public class TenantMigrations implements SmartInitializingSingleton {

    /** A sign-up older than this that is still provisioning was interrupted (crash, kill). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);

    private final OrganizationService organizations;
    private final TenantSchemas schemas;
    private final Clock clock;
    private final int parallelism;
    private final boolean onStartup;
    private final TaskExecutor executor;

    TenantMigrations(
            OrganizationService organizations,
            TenantSchemas schemas,
            Clock clock,
            @Value("${lyceum.migration.parallelism:4}") int parallelism,
            @Value("${lyceum.migration.on-startup:true}") boolean onStartup,
            TaskExecutor applicationTaskExecutor) {
        this.organizations = organizations;
        this.schemas = schemas;
        this.clock = clock;
        this.parallelism = Math.max(1, parallelism);
        this.onStartup = onStartup;
        this.executor = applicationTaskExecutor;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (onStartup) {
            removeAbandonedSignups();
            migrateAll();
        }
    }

    /** What one run did: how many organizations were migrated and which failed. */
    public record Report(int migrated, List<String> failed, Duration took) {}

    public Report migrateAll() {
        Instant begin = clock.instant();
        List<Organization> targets = organizations.withStatus(
                List.of(TenantStatus.ACTIVE, TenantStatus.MIGRATION_FAILED, TenantStatus.SUSPENDED));
        // A few at a time on the application's task executor: as many workers as the parallelism
        // allows, each taking the next organization until none is left.
        var queue = new ConcurrentLinkedQueue<>(targets);
        List<String> failed = new CopyOnWriteArrayList<>();
        var migrated = new AtomicInteger();
        var workers = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < Math.min(parallelism, targets.size()); i++) {
            workers.add(CompletableFuture.runAsync(
                    () -> {
                        for (Organization org; (org = queue.poll()) != null; ) {
                            if (migrate(org)) {
                                migrated.incrementAndGet();
                            } else {
                                failed.add(org.slug());
                            }
                        }
                    },
                    executor));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        var report = new Report(migrated.get(), List.copyOf(failed), Duration.between(begin, clock.instant()));
        if (!targets.isEmpty()) {
            log.info(
                    "Tenant migrations: {} migrated, {} failed {} in {} ms",
                    report.migrated(),
                    failed.size(),
                    failed,
                    report.took().toMillis());
        }
        return report;
    }

    private boolean migrate(Organization org) {
        return migrate(org, TenantMigration.Trigger.STARTUP, TenantSchemas.Progress.NONE, false)
                .succeeded();
    }

    /** What one migration run of one organization did: the ledger's row, as the console shows it. */
    public record Run(
            boolean succeeded,
            @Nullable String version,
            int changeSets,
            @Nullable String error) {}

    /**
     * Runs the tenant changelog again on an organization whose migration failed (staff, from the
     * console), every changeset checked afresh; recorded in the ledger like any run. A success serves
     * the organization again (unless it is suspended).
     */
    Run rerun(Organization org, TenantSchemas.Progress progress) {
        return migrate(org, TenantMigration.Trigger.CONSOLE, progress, true);
    }

    private Run migrate(
            Organization org, TenantMigration.Trigger trigger, TenantSchemas.Progress progress, boolean again) {
        Instant started = clock.instant();
        try {
            var applied = again
                    ? schemas.migrateAgain(org.schemaName(), progress)
                    : schemas.migrate(org.schemaName(), progress);
            organizations.recordMigration(
                    org.id(), trigger, started, clock.instant(), MigrationOutcome.SUCCEEDED, null, applied);
            return new Run(true, applied.version(), applied.changeSets(), null);
        } catch (RuntimeException e) {
            log.error("Tenant migration of {} failed; the organization is marked MIGRATION_FAILED", org.slug(), e);
            organizations.recordMigration(
                    org.id(), trigger, started, clock.instant(), MigrationOutcome.FAILED, e.getMessage(), null);
            return new Run(false, null, 0, e.getMessage());
        }
    }

    private void removeAbandonedSignups() {
        Instant cutoff = clock.instant().minus(ABANDONED_AFTER);
        for (Organization org : organizations.withStatus(List.of(TenantStatus.PROVISIONING))) {
            if (org.createdAt().isBefore(cutoff)) {
                log.warn("Removing interrupted sign-up of {}", org.slug());
                schemas.drop(org.schemaName());
                organizations.delete(org.id());
            }
        }
    }
}
