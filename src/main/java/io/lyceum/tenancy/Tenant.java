package io.lyceum.tenancy;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The organization a request or a piece of background work acts for. Carries what the request
 * path needs without another lookup: the schema to bind, the name to show, the plugins the
 * organization's plan allows and its branding: colour (#rrggbb, or none for Lyceum's own), logo (a
 * file of its own store, served publicly on its host at {@link #logoPath()}), the welcome text of its
 * login page and the language of members who chose none (none: the browser's).
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
        @Nullable String brandColour,
        @Nullable UUID logoFile,
        @Nullable String welcomeText,
        @Nullable Locale language) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Tenant {
        if (!TenantSchemas.isTenantSchema(schema)) {
            throw new IllegalArgumentException("Not a tenant schema: " + schema);
        }
        planPlugins = Set.copyOf(planPlugins);
        // It goes into a style property of every page: anything but a colour would be CSS.
        brandColour = brandColour != null && COLOUR.matcher(brandColour).matches() ? brandColour : null;
        welcomeText = welcomeText == null || welcomeText.isBlank() ? null : welcomeText;
    }

    /** An organization with Lyceum's own logo, welcome and language (tests, background work that needs none). */
    public Tenant(
            long id,
            String slug,
            String name,
            String schema,
            String planCode,
            String planName,
            Set<String> planPlugins,
            ZoneId timeZone,
            @Nullable String brandColour) {
        this(id, slug, name, schema, planCode, planName, planPlugins, timeZone, brandColour, null, null, null);
    }

    /** Where the organization's logo is served on its host (the branding module's endpoint), if it has one. */
    public @Nullable String logoPath() {
        return logoFile == null ? null : LOGO_PATH + logoFile;
    }

    /** The public address of organizations' logos on their hosts, followed by the file's id. */
    public static final String LOGO_PATH = "/branding/logo/";
}
