/** Tenant context, host-to-organization resolution, schema-per-tenant Hibernate wiring and tenant migrations. */
@NullMarked
package io.lyceum.tenancy;

import org.jspecify.annotations.NullMarked;
