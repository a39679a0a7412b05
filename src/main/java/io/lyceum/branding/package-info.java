/**
 * The organization's branding page (name, logo, colour, login welcome, time zone, language) and its
 * custom domain page for admins, and the public address of its logo on its host.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"base", "base :: *", "files", "files :: ui", "identity", "platform", "shell", "tenancy"})
package io.lyceum.branding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
