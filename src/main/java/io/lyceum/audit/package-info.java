/**
 * The audit log: who did what, when and from where, in the organization's own schema (and the
 * platform's log for what staff do across organizations). Other modules record through {@link
 * io.lyceum.audit.AuditLog}; admins read their organization's log, staff the platform's.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: *", "identity", "shell", "tenancy"})
package io.lyceum.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
