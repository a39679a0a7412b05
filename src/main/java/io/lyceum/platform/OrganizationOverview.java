package io.lyceum.platform;

import io.lyceum.tenancy.TenantStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One organization as the staff console's grid and page show it, from platform tables only: its
 * record, the figures the statistics job last counted ({@code refreshedAt}, null before the first
 * count; the user count then is the one sign-ups keep) and its migration version and state.
 */
public record OrganizationOverview(
        long id,
        String name,
        String slug,
        String planCode,
        String planName,
        TenantStatus status,
        int users,
        int courses,
        long storageBytes,
        long schemaBytes,
        @Nullable Instant lastActivity,
        @Nullable String migrationVersion,
        @Nullable Integer migrationChangeSets,
        @Nullable String migrationState,
        @Nullable String migrationError,
        Instant createdAt,
        @Nullable Instant refreshedAt,
        int eventsIncomplete,
        int eventsFailed) {}
