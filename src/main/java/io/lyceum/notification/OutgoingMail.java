package io.lyceum.notification;

import java.util.Locale;

/** One rendered message to one recipient, ready for the outbox. */
record OutgoingMail(
        MailKind kind, String toAddress, String toName, Locale locale, String subject, String html, String text) {}
