/** The plugin contract, the registry of built-in plugins, per-organization installation and its admin page. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base :: i18n", "base :: ui", "identity", "tenancy"})
package io.lyceum.plugin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
