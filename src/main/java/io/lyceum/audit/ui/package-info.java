/** The organization's audit log page for its admins. */
@NullMarked
package io.lyceum.audit.ui;

import org.jspecify.annotations.NullMarked;
