package io.lyceum.notification;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a template is filled with: the organization's branding, the recipient, the unsubscribe link
 * (non-essential mail only) and the values of the message's kind (course title, links, dates already
 * formatted for the recipient). Values are text as people typed it: the templates escape them.
 */
record MailModel(
        MailBranding brand,
        String recipientEmail,
        String recipientName,
        @Nullable String unsubscribeUrl,
        Map<String, Object> values) {

    MailModel {
        values = Map.copyOf(values);
    }
}
