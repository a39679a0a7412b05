/** The plugin contract, the registry of built-in plugins and per-organization installation. */
@NullMarked
package io.lyceum.plugin;

import org.jspecify.annotations.NullMarked;
