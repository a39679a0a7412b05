package io.lyceum.platform;

import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import io.lyceum.tenancy.TenantStatus;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The question a proxy with on-demand TLS (Caddy's {@code on_demand_tls { ask … }}) asks before it
 * requests a certificate for a host: 200 for a verified custom domain or a subdomain of an active
 * organization, 404 for anything else, so that nobody can make the proxy fetch certificates for
 * made-up names. Answered on the base domain only (the proxy calls Lyceum directly, e.g.
 * {@code http://127.0.0.1:8080/internal/tls/ask}); no session; one look-up by an indexed key and
 * nothing written, so it stays cheap under load.
 */
@RestController
class TlsAsk {

    static final String PATH = "/internal/tls/ask";

    private final TenantDirectory organizations;
    private final TenancyProperties tenancy;

    TlsAsk(TenantDirectory organizations, TenancyProperties tenancy) {
        this.organizations = organizations;
        this.tenancy = tenancy;
    }

    @GetMapping(PATH)
    ResponseEntity<Void> ask(@RequestParam(name = "domain", defaultValue = "") String domain) {
        if (TenantContext.current().isPresent()) {
            return ResponseEntity.notFound().build();
        }
        return known(domain)
                ? ResponseEntity.ok().build()
                : ResponseEntity.notFound().build();
    }

    private boolean known(String domain) {
        String host = domain.strip().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > CustomDomainName.MAX_LENGTH) {
            return false;
        }
        String suffix = "." + tenancy.baseHost();
        if (host.endsWith(suffix)) {
            String label = host.substring(0, host.length() - suffix.length());
            return Slug.isValid(label)
                    && organizations
                            .findBySlug(label)
                            .filter(organization -> organization.status() == TenantStatus.ACTIVE)
                            .isPresent();
        }
        return organizations
                .findByCustomDomain(host)
                .filter(organization -> organization.status() == TenantStatus.ACTIVE)
                .isPresent();
    }
}
