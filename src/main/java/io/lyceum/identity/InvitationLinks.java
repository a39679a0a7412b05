package io.lyceum.identity;

import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * The address of an invitation (or of a link to set a new password) on the organization in context,
 * as the person receiving it will type or click it: https, but for a local base domain.
 */
@Component
public class InvitationLinks {

    private final TenancyProperties tenancy;

    InvitationLinks(TenancyProperties tenancy) {
        this.tenancy = tenancy;
    }

    public String url(String token) {
        return tenancy.organizationUrl(
                        tenancy.publicScheme(), TenantContext.require().slug()) + "invite/" + token;
    }
}
