package io.lyceum.platform;

import io.lyceum.tenancy.Tenant;

/**
 * Extra work in a new organization's schema during sign-up, inside the transaction that creates its
 * admin; a hook that throws undoes the whole sign-up.
 */
public interface ProvisioningHook {

    void provision(Tenant tenant);
}
