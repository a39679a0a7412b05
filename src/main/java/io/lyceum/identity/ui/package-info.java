/** Login view. */
@NullMarked
package io.lyceum.identity.ui;

import org.jspecify.annotations.NullMarked;
