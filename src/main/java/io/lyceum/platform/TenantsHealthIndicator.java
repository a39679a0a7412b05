package io.lyceum.platform;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "tenants" health component: organizations total, migrated and failed. A failed organization
 * does not make the node unhealthy (the others are served); operators watch {@code failed}.
 */
@Component("tenantsHealthIndicator")
class TenantsHealthIndicator implements HealthIndicator {

    private final OrganizationService organizations;

    TenantsHealthIndicator(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public Health health() {
        var counts = organizations.counts();
        return Health.up()
                .withDetail("total", counts.total())
                .withDetail("migrated", counts.migrated())
                .withDetail("failed", counts.failed())
                .build();
    }
}
