/** The organization's application shell: layout, role-aware navigation and core pages. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: *", "identity", "plugin", "tenancy"})
package io.lyceum.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
