package io.lyceum.notification;

import io.lyceum.tenancy.Tenant;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where mail goes when no SMTP server is configured (the embedded default): {@code platform.dev_mail},
 * read by staff in the console's mailbox. Never silently dropped.
 */
@Component
class DevMailbox {

    private final EntityManager entityManager;

    DevMailbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps the message, once per Message-ID (a message delivered again by a second dispatcher is ignored). */
    @Transactional(propagation = Propagation.MANDATORY)
    void deliver(Tenant tenant, OutboxStore.Claimed message, MimeMessage mime) {
        String headers;
        try {
            headers = MailDispatcher.headers(mime);
        } catch (MessagingException e) {
            headers = "";
        }
        entityManager
                .createNativeQuery("insert into platform.dev_mail (organization_id, organization_slug, message_id,"
                        + " to_address, subject, html, text_body, headers) values (:organization, :slug, :messageId,"
                        + " :to, :subject, :html, :text, :headers) on conflict (message_id) do nothing")
                .setParameter("organization", tenant.id())
                .setParameter("slug", tenant.slug())
                .setParameter("messageId", message.messageId())
                .setParameter("to", message.toAddress())
                .setParameter("subject", message.subject())
                .setParameter("html", message.html())
                .setParameter("text", message.text())
                .setParameter("headers", headers)
                .executeUpdate();
    }
}
