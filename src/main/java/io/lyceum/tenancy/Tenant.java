package io.lyceum.tenancy;

import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The organization a request or a piece of background work acts for. Carries what the request
 * path needs without another lookup: the schema to bind, the name to show, the plugins the
 * organization's plan allows and its brand colour (#rrggbb, or none for Lyceum's own).
 */
public record Tenant(
        long id,
        String slug,
        String name,
        String schema,
        String planCode,
        String planName,
        Set<String> planPlugins,
        ZoneId timeZone,
        @Nullable String brandColour) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Tenant {
        if (!TenantSchemas.isTenantSchema(schema)) {
            throw new IllegalArgumentException("Not a tenant schema: " + schema);
        }
        planPlugins = Set.copyOf(planPlugins);
        // It goes into a style property of every page: anything but a colour would be CSS.
        brandColour = brandColour != null && COLOUR.matcher(brandColour).matches() ? brandColour : null;
    }
}
