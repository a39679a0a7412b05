package io.lyceum.platform;

import io.lyceum.tenancy.TenantStatus;
import org.jspecify.annotations.Nullable;

/**
 * What staff narrow the organizations grid to: words in the name or slug, one plan (its code), one
 * status, one migration state ({@code SUCCEEDED}, {@code FAILED}, or {@code NONE} for never recorded).
 */
public record OrganizationFilter(
        @Nullable String text,
        @Nullable String planCode,
        @Nullable TenantStatus status,
        @Nullable String migrationState) {

    public static OrganizationFilter none() {
        return new OrganizationFilter(null, null, null, null);
    }

    public OrganizationFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        planCode = planCode == null || planCode.isBlank() ? null : planCode;
        migrationState = migrationState == null || migrationState.isBlank() ? null : migrationState;
    }
}
