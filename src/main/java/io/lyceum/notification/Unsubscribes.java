package io.lyceum.notification;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** One-click unsubscribe links (RFC 8058) for non-essential mail. */
@Component
class Unsubscribes {

    // CONTRACT (helper "mail core" replaces the body): the org-host URL that unsubscribes this
    // recipient from this kind of mail; empty for essential mail.
    Optional<String> urlFor(String email, MailKind kind) {
        return Optional.empty();
    }
}
