/** The plugin contract, the registry of built-in plugins and per-organization installation. */
@NullMarked
@ApplicationModule(allowedDependencies = {"identity", "tenancy"})
package io.lyceum.plugin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
