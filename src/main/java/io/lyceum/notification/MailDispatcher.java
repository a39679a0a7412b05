package io.lyceum.notification;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox of the organization in context: claims due messages in a short transaction,
 * sends each with no transaction open, then records the outcome in another short one. Any number
 * of dispatchers (threads, nodes) may drain one organization at once: a claim skips rows another
 * is claiming and leases what it took. Without an SMTP server ({@code spring.mail.host} unset) a
 * message is delivered into the console's dev mailbox instead, in the transaction that marks it sent.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int ERROR_MAX_LENGTH = 2000;
    /** A guard against a drain that never ends (a retry delay of zero and a server that refuses all). */
    private static final int MAX_ROUNDS = 1000;

    private final OutboxStore store;
    private final MailUsage usage;
    private final DevMailbox devMailbox;
    private final SenderIdentity identity;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;
    private final MailSettings settings;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final Session plainSession = Session.getInstance(new Properties());

    MailDispatcher(
            OutboxStore store,
            MailUsage usage,
            DevMailbox devMailbox,
            SenderIdentity identity,
            ObjectProvider<JavaMailSender> smtp,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            PlatformTransactionManager transactionManager,
            MailSettings settings) {
        this.store = store;
        this.usage = usage;
        this.devMailbox = devMailbox;
        this.identity = identity;
        this.smtp = smtp;
        this.executor = executor;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = settings;
    }

    /**
     * Drains the organization's outbox on a worker (after a commit that queued mail). One hand-off per
     * organization waits at a time: commits while one waits join it, so a burst of commits (or a slow
     * SMTP server) does not fill the shared executor with drains of the same outbox. The flag is
     * dropped as the drain starts, so mail committed during a drain gets a drain of its own.
     */
    void drainLater(Tenant tenant) {
        if (!waiting.add(tenant.id())) {
            return;
        }
        try {
            executor.execute(() -> {
                waiting.remove(tenant.id());
                TenantContext.runAs(tenant, () -> {
                    try {
                        drain();
                    } catch (RuntimeException e) {
                        // The poller tries again; nothing was lost.
                        log.warn("Mail of {} not dispatched now: {}", tenant.slug(), e.toString());
                    }
                });
            });
        } catch (TaskRejectedException full) {
            // The change committed and its mail is stored: the poller sends it.
            waiting.remove(tenant.id());
            log.warn("Mail of {} waits for the poller: the task executor is full", tenant.slug());
        }
    }

    /** Sends every message of the organization in context that is due now; how many were sent. */
    int drain() {
        Tenant tenant = TenantContext.require();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Claims must commit before sending, or a rollback would send mail that no row remembers.
            throw new IllegalStateException("The outbox is drained outside of a transaction");
        }
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxStore.Claimed> claimed =
                    transactions.execute(status -> store.claim(settings.batchSize(), settings.lease()));
            if (claimed == null || claimed.isEmpty()) {
                break;
            }
            sent += deliver(tenant, claimed);
            if (claimed.size() < settings.batchSize()) {
                break;
            }
        }
        return sent;
    }

    /**
     * Builds the claimed messages and sends them over one SMTP connection (a connection per message
     * cost most of the time: TCP, EHLO, TLS with a real server), then marks what the server accepted
     * in one transaction; what it refused goes back to the queue one by one. How many were sent.
     */
    private int deliver(Tenant tenant, List<OutboxStore.Claimed> claimed) {
        JavaMailSender sender = smtp.getIfAvailable();
        var built = new LinkedHashMap<MimeMessage, OutboxStore.Claimed>();
        for (OutboxStore.Claimed message : claimed) {
            try {
                built.put(build(message, sender), message);
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                failed(tenant, message, e);
            }
        }
        if (built.isEmpty()) {
            return 0;
        }
        if (sender == null) {
            int delivered = 0;
            for (var entry : built.entrySet()) {
                if (Boolean.TRUE.equals(transactions.execute(status -> {
                    devMailbox.deliver(tenant, entry.getValue(), entry.getKey());
                    if (!store.sent(entry.getValue())) {
                        status.setRollbackOnly(); // another dispatcher took it over and delivers it
                        return false;
                    }
                    usage.add(tenant.id(), 0, 1, 0, 0);
                    return true;
                }))) {
                    delivered++;
                }
            }
            return delivered;
        }
        Map<Object, Exception> refused = new IdentityHashMap<>();
        try {
            sender.send(built.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            refused.putAll(e.getFailedMessages());
            if (refused.isEmpty()) {
                built.keySet().forEach(message -> refused.put(message, e));
            }
        } catch (RuntimeException e) { // the server refused the sign-in, or a signer broke
            built.keySet().forEach(message -> refused.put(message, e));
        }
        var accepted = new ArrayList<OutboxStore.Claimed>();
        built.forEach((mime, message) -> {
            Exception cause = refused.get(mime);
            if (cause == null) {
                accepted.add(message);
            } else {
                failed(tenant, message, cause);
            }
        });
        if (accepted.isEmpty()) {
            return 0;
        }
        Integer marked = transactions.execute(status -> {
            int count = 0;
            for (OutboxStore.Claimed message : accepted) {
                if (store.sent(message)) {
                    count++;
                }
            }
            if (count > 0) {
                usage.add(tenant.id(), 0, count, 0, 0);
            }
            return count;
        });
        return marked == null ? 0 : marked;
    }

    /** Back to the queue after a backoff, or failed for good after the last attempt. */
    private void failed(Tenant tenant, OutboxStore.Claimed message, Exception cause) {
        String error = describe(cause);
        transactions.executeWithoutResult(status -> {
            if (message.attempts() >= settings.maxAttempts()) {
                if (store.failed(message, error)) {
                    usage.failed(tenant.id(), message.id(), message.kind().name(), message.subject(), error);
                    log.warn("Mail {} of {} failed for good: {}", message.id(), tenant.slug(), error);
                }
            } else {
                store.retryLater(message, settings.backoff(message.attempts()), error);
            }
        });
    }

    /**
     * The message as it goes out: From the organization's sender identity, the envelope sender for
     * bounces, text and HTML as alternatives in UTF-8, the row's Message-ID, RFC 8058 one-click
     * unsubscribe headers for non-essential mail, then signed (DKIM) last, when nothing changes any more.
     */
    private MimeMessage build(OutboxStore.Claimed message, @Nullable JavaMailSender sender)
            throws MessagingException, UnsupportedEncodingException {
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : plainSession;
        var mime = new OutboxMessage(session, message.messageId());
        mime.setFrom(identity.from());
        mime.setRecipient(
                MimeMessage.RecipientType.TO, new InternetAddress(message.toAddress(), message.toName(), "UTF-8"));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Content-Language", message.locale().toLanguageTag());
        // RFC 3834: no vacation auto-replies to the organization's notifications.
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.listUnsubscribe() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.listUnsubscribe() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var text = new MimeBodyPart();
        text.setText(message.text(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(message.html(), "UTF-8", "html");
        var alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        mime.setContent(alternatives);
        String envelope = identity.envelopeFrom();
        mime.setEnvelopeFrom(envelope);
        mime.saveChanges();
        MimeMessage signed = identity.sign(mime);
        if (signed instanceof SMTPMessage smtpMessage) {
            smtpMessage.setEnvelopeFrom(envelope); // a signed copy (DkimMessage) is an SMTPMessage of its own
        }
        return signed;
    }

    static String headers(MimeMessage message) throws MessagingException {
        return String.join("\n", Collections.list(message.getAllHeaderLines()));
    }

    private static String describe(Exception e) {
        var text = new StringBuilder(e.toString());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
            text.append(" / ").append(cause);
        }
        return text.length() > ERROR_MAX_LENGTH ? text.substring(0, ERROR_MAX_LENGTH) : text.toString();
    }

    /** A message whose Message-ID stays the row's, whatever saves it (JavaMail would make a new one). */
    static final class OutboxMessage extends SMTPMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
