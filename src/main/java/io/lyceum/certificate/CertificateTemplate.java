package io.lyceum.certificate;

import io.lyceum.tenancy.Tenant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How the organization's certificates look: design, wording, colour ("#rrggbb", none: the default)
 * and logo. {@link CertificateService} checks the constraints, and that the logo is printable.
 */
public record CertificateTemplate(
        @NotNull CertificateDesign design,
        @Valid CertificateWording wording,

        @Pattern(regexp = COLOUR_PATTERN, message = "{certificate.colour.format}") @Nullable String primaryColor,

        @Nullable UUID logoFile) {

    static final String COLOUR_PATTERN = "#[0-9a-fA-F]{6}";

    /**
     * The template as certificates print it: without a colour or logo of its own, the organization's
     * branding (its colour and logo from the branding page) is used; without those, Lyceum's defaults.
     */
    CertificateTemplate withOrganizationDefaults(Tenant organization) {
        return new CertificateTemplate(
                design,
                wording,
                primaryColor != null ? primaryColor : organization.brandColour(),
                logoFile != null ? logoFile : organization.logoFile());
    }
}
