/**
 * Shared building blocks that depend on no feature module: the entity base, the clock, uploads, CSV,
 * throttles, web security headers, UI pieces.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.lyceum.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
