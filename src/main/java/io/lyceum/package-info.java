/** Lyceum: a multi-tenant learning platform; each subpackage is one feature module. */
@NullMarked
package io.lyceum;

import org.jspecify.annotations.NullMarked;
