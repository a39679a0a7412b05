package io.lyceum.notification;

import io.lyceum.tenancy.Tenant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How an organization's mail looks: its name, its brand colour on the header bar and the button
 * (with text that stays readable on it), its logo, and its address, under which every link lies.
 *
 * @param homeUrl the organization's address with a trailing slash ({@code https://acme.example.com/})
 */
record MailBranding(
        String name,
        String colour,
        String onColour,
        @Nullable String logoUrl,
        String homeUrl) {

    /** Lyceum's own colour (themes/lyceum, {@code --lyceum-brand-default}) for organizations without one. */
    static final String DEFAULT_COLOUR = "#1f5fa8";

    static MailBranding of(Tenant tenant, String homeUrl, @Nullable String logoUrl) {
        String colour = tenant.brandColour() == null
                ? DEFAULT_COLOUR
                : tenant.brandColour().toLowerCase(Locale.ROOT);
        return new MailBranding(tenant.name(), colour, textOn(colour), logoUrl, homeUrl);
    }

    /** The address of a page of the organization, {@code path} without a leading slash. */
    String url(String path) {
        return homeUrl + (path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * White on dark colours, near-black on light ones (a yellow brand): whichever contrasts more by
     * WCAG's relative luminance.
     */
    static String textOn(String colour) {
        double luminance = 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
        double withWhite = 1.05 / (luminance + 0.05);
        double withBlack = (luminance + 0.05) / (0.0 + 0.05);
        return withWhite >= withBlack ? "#ffffff" : "#111827";
    }

    private static double channel(String colour, int at) {
        double value = Integer.parseInt(colour.substring(at, at + 2), 16) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
