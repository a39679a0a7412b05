package io.lyceum.platform;

import io.lyceum.tenancy.TenantStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An organization as the staff console lists it. */
public record OrganizationSummary(
        long id,
        String name,
        String slug,
        String planName,
        TenantStatus status,
        int users,
        Instant createdAt,
        @Nullable String migrationState,
        @Nullable String migrationError) {

    static OrganizationSummary of(Organization organization) {
        var state = organization.migrationState();
        return new OrganizationSummary(
                organization.id(),
                organization.name(),
                organization.slug(),
                organization.plan().name(),
                organization.status(),
                organization.userCount(),
                organization.createdAt(),
                state == null ? null : state.name(),
                organization.migrationError());
    }
}
