/** The admins' sender-domain page: their own domain, the DNS records it needs and its check. */
@NullMarked
package io.lyceum.notification.ui;

import org.jspecify.annotations.NullMarked;
