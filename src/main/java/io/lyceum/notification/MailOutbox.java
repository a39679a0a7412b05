package io.lyceum.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mail in the organization's schema, in the transaction of the change that causes it. */
@Component
class MailOutbox {

    // CONTRACT (helper "mail core" replaces the body): stores the message, sent after commit.
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(OutgoingMail mail) {
        throw new UnsupportedOperationException("The outbox is not built yet");
    }
}
