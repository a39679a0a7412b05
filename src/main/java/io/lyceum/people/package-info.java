/** The organization's people as its admins manage them: members, roles, invitations within the plan's limits. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: *", "identity", "platform", "shell", "tenancy"})
package io.lyceum.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
