/**
 * Public site (landing, sign-up) and the platform staff console. Its one public type, the console's
 * layout, is for other modules' console pages (billing's).
 */
@NullMarked
@NamedInterface("console")
package io.lyceum.platform.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
