package io.lyceum.tenancy;

import java.time.ZoneId;
import java.util.Set;

/**
 * The organization a request or a piece of background work acts for. Carries what the request
 * path needs without another lookup: the schema to bind, the name to show and the plugins the
 * organization's plan allows.
 */
public record Tenant(
        long id,
        String slug,
        String name,
        String schema,
        String planCode,
        String planName,
        Set<String> planPlugins,
        ZoneId timeZone) {

    public Tenant {
        if (!TenantSchemas.isTenantSchema(schema)) {
            throw new IllegalArgumentException("Not a tenant schema: " + schema);
        }
        planPlugins = Set.copyOf(planPlugins);
    }
}
