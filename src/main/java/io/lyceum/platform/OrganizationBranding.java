package io.lyceum.platform;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.i18n.Translations;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.base.validation.PlainText;
import io.lyceum.base.validation.ReadableBrandColour;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The branding of the organization on whose host the admin is: its name, colour, logo, login
 * welcome, time zone and default language. Saved in the platform's row of the organization, which the
 * host filter reads on every request: the next page shows it, with nothing cached to evict.
 */
@Service
@Validated
public class OrganizationBranding {

    public static final int NAME_MAX_LENGTH = Organization.NAME_MAX_LENGTH;
    public static final int WELCOME_MAX_LENGTH = 500;

    /**
     * What the branding page edits. The logo is a file of the organization's own store that the
     * caller has checked (PNG or JPEG); the language one Lyceum speaks, or none (the browser's).
     */
    public record Branding(
            @NotBlank(message = "{signup.organization-name.required}") @Size(max = NAME_MAX_LENGTH, message = "{text.too-long}") @PlainText
            String name,

            @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{certificate.colour.format}") @ReadableBrandColour @Nullable String primaryColor,

            @Nullable UUID logoFile,

            @Size(max = WELCOME_MAX_LENGTH, message = "{text.too-long}") @PlainText @Nullable String welcomeText,

            @NotNull ZoneId timeZone,

            @Nullable Locale language) {}

    private final OrganizationRepository organizations;
    private final AuditLog audit;

    OrganizationBranding(OrganizationRepository organizations, AuditLog audit) {
        this.organizations = organizations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public Branding current() {
        return own().branding();
    }

    /** Saves the branding of the organization in context (never another's: there is no id to pass). */
    @Transactional
    @AdminsOnly
    public Branding save(@Valid Branding branding) {
        if (branding.language() != null && !Translations.LOCALES.contains(branding.language())) {
            throw new IllegalArgumentException(ConstraintMessages.get("branding.language.unknown"));
        }
        Organization organization = own();
        Branding before = organization.branding();
        organization.rebrand(branding);
        Branding after = organization.branding();
        String changed = changes(before, after);
        if (!changed.isEmpty()) {
            audit.record("branding.changed", organization.slug(), changed);
        }
        return after;
    }

    private Organization own() {
        long id = TenantContext.require().id();
        return organizations.findById(id).orElseThrow();
    }

    /** Which values changed, for the audit log: names and colours as they are, long texts only as changed. */
    private static String changes(Branding before, Branding after) {
        var changed = new ArrayList<String>();
        if (!before.name().equals(after.name())) {
            changed.add("name: " + before.name() + " → " + after.name());
        }
        if (!Objects.equals(before.primaryColor(), after.primaryColor())) {
            changed.add("colour: " + before.primaryColor() + " → " + after.primaryColor());
        }
        if (!Objects.equals(before.logoFile(), after.logoFile())) {
            changed.add("logo");
        }
        if (!Objects.equals(before.welcomeText(), after.welcomeText())) {
            changed.add("welcome text");
        }
        if (!before.timeZone().equals(after.timeZone())) {
            changed.add("time zone: " + before.timeZone().getId() + " → "
                    + after.timeZone().getId());
        }
        if (!Objects.equals(before.language(), after.language())) {
            changed.add("language: " + before.language() + " → " + after.language());
        }
        return String.join("; ", changed);
    }
}
