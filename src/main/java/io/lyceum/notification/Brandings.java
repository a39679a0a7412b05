package io.lyceum.notification;

import io.lyceum.certificate.CertificateService;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The branding of the organization in context for its mail: the name, colour and logo of its branding
 * page (the same the host filter reads for its pages); without a logo there, the one it gave its
 * certificates. Served to mail clients by
 * {@link MailLogoController}; links go to its address on the base domain, as invitations do.
 */
@Component
class Brandings {

    private final TenancyProperties tenancy;
    private final CertificateService certificates;

    Brandings(TenancyProperties tenancy, CertificateService certificates) {
        this.tenancy = tenancy;
        this.certificates = certificates;
    }

    MailBranding current() {
        Tenant tenant = TenantContext.require();
        String home = tenancy.organizationUrl(tenancy.publicScheme(), tenant.slug());
        UUID logo = logoFile();
        return MailBranding.of(tenant, home, logo == null ? null : home + MailLogoController.PATH + logo);
    }

    /** The organization's logo (its branding page), else the one it gave its certificates. */
    @Nullable UUID logoFile() {
        UUID own = TenantContext.require().logoFile();
        return own != null ? own : certificates.template().logoFile();
    }
}
