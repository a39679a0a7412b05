/** Files an organization owns (images, covers, submissions), stored in its own schema and served only on its host. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: *", "identity", "platform", "tenancy"})
package io.lyceum.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
