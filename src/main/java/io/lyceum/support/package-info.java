/**
 * Support access: platform staff enter an organization read-only, for a stated reason and a limited
 * time; every page they open is recorded in the platform's audit log and the organization's own.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"audit", "base", "base :: *", "identity", "platform :: console", "shell", "tenancy"})
package io.lyceum.support;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
