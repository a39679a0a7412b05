/** The branding and custom domain pages. */
@NullMarked
package io.lyceum.branding.ui;

import org.jspecify.annotations.NullMarked;
