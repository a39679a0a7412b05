/** What every response carries for the browser's protection: security headers and the content security policy. */
@NullMarked
@NamedInterface("web")
package io.lyceum.base.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
