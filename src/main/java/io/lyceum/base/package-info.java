/** Shared UI building blocks that depend on no feature module. */
@NullMarked
package io.lyceum.base;

import org.jspecify.annotations.NullMarked;
