/** Users of an organization, platform staff, roles, login and session security. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: *", "tenancy"})
package io.lyceum.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
