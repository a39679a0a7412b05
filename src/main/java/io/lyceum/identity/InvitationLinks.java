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

    /** An invitation's: the new member chooses their password. */
    public String url(String token) {
        return base() + "invite/" + token;
    }

    /** A link to set a new password (the same kind of single-use token, worded for a member who has one). */
    public String resetUrl(String token) {
        return base() + "reset-password/" + token;
    }

    private String base() {
        return tenancy.organizationUrl(
                tenancy.publicScheme(), TenantContext.require().slug());
    }
}
