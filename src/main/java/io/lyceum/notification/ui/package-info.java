/** Views of the mail module: the console's mailbox and mail pages, mail preferences, unsubscribing, the admins' email previews and sender-domain page. */
@NullMarked
package io.lyceum.notification.ui;

import org.jspecify.annotations.NullMarked;
