package io.lyceum.console;

import io.lyceum.platform.OrganizationConsole;
import io.lyceum.tenancy.TenantStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The platform's health as Micrometer gauges (scraped at {@code /actuator/prometheus}): organizations
 * by status, failed migrations, event publications not completed, mail failed and held, Stripe
 * webhooks failed, sessions on this node. The only per-organization series is the schema size of the
 * {@code lyceum.metrics.per-tenant-limit} largest schemas (20 by default, 0 for none): bounded, so a
 * platform of thousands of organizations never makes thousands of series. Every node reports the
 * platform-wide figures alike (aggregate them with max, not sum); sessions are this node's own.
 */
@Component
class PlatformMetrics implements MeterBinder {

    private final PlatformHealth health;
    private final OrganizationConsole organizations;
    private final int perTenantLimit;
    private @Nullable MultiGauge schemaBytes;

    PlatformMetrics(
            PlatformHealth health,
            OrganizationConsole organizations,
            @Value("${lyceum.metrics.per-tenant-limit:20}") int perTenantLimit) {
        this.health = health;
        this.organizations = organizations;
        this.perTenantLimit = Math.max(0, perTenantLimit);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (TenantStatus status : TenantStatus.values()) {
            gauge(
                    registry,
                    "lyceum.orgs",
                    "Organizations by status",
                    Tags.of("status", key(status)),
                    figures -> figures.organizations().getOrDefault(status, 0L));
        }
        gauge(
                registry,
                "lyceum.orgs.migration.failed",
                "Organizations whose last migration failed",
                Tags.empty(),
                HealthFigures::migrationFailed);
        gauge(
                registry,
                "lyceum.events.incomplete",
                "Event publications not completed (platform and organizations)",
                Tags.empty(),
                HealthFigures::eventsIncomplete);
        gauge(
                registry,
                "lyceum.events.failed",
                "Event publications whose listener failed",
                Tags.empty(),
                figures -> figures.platformEventsFailed() + figures.organizationEventsFailed());
        gauge(registry, "lyceum.mail.failed", "Messages failed for good", Tags.empty(), HealthFigures::mailFailed);
        gauge(
                registry,
                "lyceum.mail.held",
                "Messages held this month by plan limits",
                Tags.empty(),
                HealthFigures::mailHeldThisMonth);
        gauge(
                registry,
                "lyceum.webhooks.failed",
                "Stripe webhook events whose handling failed",
                Tags.empty(),
                HealthFigures::webhooksFailed);
        gauge(
                registry,
                "lyceum.webhooks.stuck",
                "Stripe webhook events received but not handled for ten minutes",
                Tags.empty(),
                HealthFigures::webhooksStuck);
        gauge(
                registry,
                "lyceum.sessions.active",
                "HTTP sessions open on this node",
                Tags.empty(),
                HealthFigures::sessionsOnThisNode);
        if (perTenantLimit > 0) {
            schemaBytes = MultiGauge.builder("lyceum.schema.bytes")
                    .description("Size of the largest organization schemas (tables, indexes, TOAST)")
                    .baseUnit("bytes")
                    .register(registry);
            try {
                refreshSchemaBytes();
            } catch (RuntimeException notYet) {
                // Bound before the platform schema is migrated (first start): the schedule fills it in.
            }
        }
    }

    /** The largest schemas as the statistics job last measured them; the set of tenants changes with it. */
    @Scheduled(fixedDelayString = "${lyceum.metrics.schema-refresh:PT1M}", initialDelayString = "PT1M")
    void refreshSchemaBytes() {
        MultiGauge gauge = schemaBytes;
        if (gauge == null) {
            return;
        }
        gauge.register(
                organizations.schemaSizes(0, perTenantLimit).stream()
                        .map(size -> MultiGauge.Row.of(
                                Tags.of("tenant", size.slug() == null ? size.schema() : size.slug()), size.bytes()))
                        .toList(),
                true);
    }

    private void gauge(
            MeterRegistry registry, String name, String description, Tags tags, ToDoubleFunction<HealthFigures> value) {
        Gauge.builder(name, health, source -> value.applyAsDouble(source.forMetrics()))
                .description(description)
                .tags(tags)
                .strongReference(true)
                .register(registry);
    }

    private static String key(TenantStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
