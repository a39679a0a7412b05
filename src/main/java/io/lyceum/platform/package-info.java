/** Organizations, plans, self-service sign-up, start-up migrations and the staff console. */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "base", "base :: *", "identity", "plugin", "shell", "tenancy"})
package io.lyceum.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
