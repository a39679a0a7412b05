package io.lyceum.platform;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.StaffOnly;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantSchemas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * An organization brought in from an export (the portability module): reserved like a sign-up (row
 * in {@code PROVISIONING}, schema created and migrated), filled by the caller, then activated — or
 * discarded, which drops the schema and the row so nothing of a failed import remains.
 */
@Service
public class OrganizationImports {

    private final OrganizationService organizations;
    private final TenantSchemas schemas;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OrganizationImports(OrganizationService organizations, TenantSchemas schemas, JdbcTemplate jdbc, Clock clock) {
        this.organizations = organizations;
        this.schemas = schemas;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A new organization with an empty, migrated schema, not yet active (no host answers for it).
     * The plan is {@code planCode} when this installation offers it, the default plan otherwise.
     */
    @StaffOnly
    public Tenant reserve(Slug slug, String name, @Nullable String planCode) {
        if (organizations.isSlugTaken(slug.value())) {
            throw new SignupException("slug", ConstraintMessages.get(SignupService.SLUG_TAKEN));
        }
        String plan = organizations.offeredPlanOr(planCode, SignupService.DEFAULT_PLAN);
        Instant started = clock.instant();
        Tenant tenant;
        try {
            tenant = organizations.createProvisioning(slug, name, plan, clock.instant());
        } catch (DataIntegrityViolationException raced) {
            throw new SignupException("slug", ConstraintMessages.get(SignupService.SLUG_TAKEN));
        }
        try {
            schemas.create(tenant.schema());
            var applied = schemas.migrate(tenant.schema());
            organizations.recordMigration(
                    tenant.id(),
                    TenantMigration.Trigger.SIGNUP,
                    started,
                    clock.instant(),
                    MigrationOutcome.SUCCEEDED,
                    null,
                    applied);
        } catch (RuntimeException failure) {
            discard(tenant);
            throw failure;
        }
        return tenant;
    }

    /** Makes the imported organization answer on its host, with its settings from the export. */
    @StaffOnly
    public void activate(Tenant tenant, @Nullable String timeZone, @Nullable String primaryColor, int userCount) {
        String zone = timeZone != null && ZoneId.getAvailableZoneIds().contains(timeZone) ? timeZone : "UTC";
        String colour = primaryColor != null && primaryColor.matches("#[0-9a-fA-F]{6}") ? primaryColor : null;
        jdbc.update(
                "update platform.organization set time_zone = ?, primary_color = ?, user_count = ? where id = ?",
                zone,
                colour,
                userCount,
                tenant.id());
        organizations.activate(tenant.id());
    }

    /** Drops what {@link #reserve} made. */
    @StaffOnly
    public void discard(Tenant tenant) {
        try {
            schemas.drop(tenant.schema());
        } finally {
            organizations.delete(tenant.id());
        }
    }
}
