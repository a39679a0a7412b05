/** Demo content for the demo organizations of a fresh embedded database: a course to take, a certificate to see. */
@NullMarked
@ApplicationModule(allowedDependencies = {"course", "identity", "learning", "platform", "tenancy"})
package io.lyceum.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
