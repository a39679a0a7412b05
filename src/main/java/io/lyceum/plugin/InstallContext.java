package io.lyceum.plugin;

import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;

/** What a plugin's install hook may do in the organization it is installed into. */
public interface InstallContext {

    Tenant tenant();

    void grant(Role role, String permission);
}
