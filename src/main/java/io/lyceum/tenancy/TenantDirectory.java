package io.lyceum.tenancy;

import java.util.Optional;

/** Finds organizations for incoming hosts. Implemented by the platform module, which owns them. */
public interface TenantDirectory {

    Optional<Entry> findBySlug(String slug);

    Optional<Entry> findByCustomDomain(String host);

    record Entry(Tenant tenant, TenantStatus status) {
    }
}
