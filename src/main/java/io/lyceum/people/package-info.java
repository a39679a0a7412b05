/** The organization's people as its admins manage them: members, roles, invitations within the plan's limits. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"audit", "base", "base :: *", "identity", "learning", "platform", "shell", "tenancy"})
package io.lyceum.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
