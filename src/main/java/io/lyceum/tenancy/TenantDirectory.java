package io.lyceum.tenancy;

import java.util.List;
import java.util.Optional;

/** Finds organizations for incoming hosts. Implemented by the platform module, which owns them. */
public interface TenantDirectory {

    Optional<Entry> findBySlug(String slug);

    /** The organization whose verified custom domain this host is; none for an unverified one. */
    Optional<Entry> findByCustomDomain(String host);

    /** Every organization that is served now, for background work that visits each (sweeps). */
    List<Tenant> active();

    record Entry(Tenant tenant, TenantStatus status) {}
}
