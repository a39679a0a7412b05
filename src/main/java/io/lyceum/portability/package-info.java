/**
 * Data rights and moving organizations: one member's data as a zip, anonymizing or deleting a
 * member, the whole organization exported as a portable zip, and such an export imported as a new
 * organization (ids remapped, verification codes kept unique platform-wide).
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "base",
            "base :: *",
            "certificate",
            "identity",
            "platform",
            "platform :: console",
            "shell",
            "tenancy"
        })
package io.lyceum.portability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
