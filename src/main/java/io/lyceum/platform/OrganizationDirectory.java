package io.lyceum.platform;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantDirectory;
import io.lyceum.tenancy.TenantStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the tenancy filter's question "which organization is this host?". */
@Component
class OrganizationDirectory implements TenantDirectory {

    private final OrganizationRepository organizations;

    OrganizationDirectory(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Entry> findBySlug(String slug) {
        return organizations.findBySlug(slug).map(OrganizationDirectory::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Entry> findByCustomDomain(String host) {
        return organizations.findByVerifiedCustomDomain(host).map(OrganizationDirectory::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Tenant> active() {
        return organizations.findByStatus(TenantStatus.ACTIVE).stream()
                .map(Organization::toTenant)
                .toList();
    }

    private static Entry entry(Organization organization) {
        return new Entry(organization.toTenant(), organization.status());
    }
}
