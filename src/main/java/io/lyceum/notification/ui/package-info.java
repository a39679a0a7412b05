/** The admins' preview of the organization's mail. */
@NullMarked
package io.lyceum.notification.ui;

import org.jspecify.annotations.NullMarked;
