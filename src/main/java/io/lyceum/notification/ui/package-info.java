/** Views of the mail module: the console's mailbox and mail pages, mail preferences and unsubscribing. */
@NullMarked
package io.lyceum.notification.ui;

import org.jspecify.annotations.NullMarked;
