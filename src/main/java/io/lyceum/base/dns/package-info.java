/**
 * DNS for what organizations publish (custom domains, sender domains): lookups on a resolver of their
 * own, never the JVM-wide one, and the names an organization may claim.
 */
@NullMarked
@NamedInterface("dns")
package io.lyceum.base.dns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
