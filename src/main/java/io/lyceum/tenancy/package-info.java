/**
 * Tenant context, host-to-organization resolution, schema-per-tenant Hibernate wiring, tenant schemas
 * and their Liquibase runs (the start-up migration of every organization is in platform), the
 * embedded database, trusted proxies.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.lyceum.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
