/** Public site (landing, sign-up) and the platform staff console. */
@NullMarked
package io.lyceum.platform.ui;

import org.jspecify.annotations.NullMarked;
