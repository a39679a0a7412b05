package io.lyceum.notification;

import io.lyceum.base.i18n.Moments;
import io.lyceum.base.i18n.Translations;
import io.lyceum.identity.LanguagePreference;
import io.lyceum.tenancy.TenantContext;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What every composer does once it knows what to say: the recipient's language, the organization's
 * branding, the unsubscribe link for mail one may refuse, rendering, and queuing in the transaction
 * that is open (the one of the change that causes the mail).
 */
@Component
class Mails {

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Unsubscribes unsubscribes;
    private final Brandings brandings;
    private final LanguagePreference languages;

    Mails(
            MailTemplates templates,
            MailOutbox outbox,
            Unsubscribes unsubscribes,
            Brandings brandings,
            LanguagePreference languages) {
        this.templates = templates;
        this.outbox = outbox;
        this.unsubscribes = unsubscribes;
        this.brandings = brandings;
        this.languages = languages;
    }

    /** Someone a message goes to, with the language it is written in. */
    record Recipient(String email, String name, Locale locale) {}

    /**
     * The member's chosen language; without a choice, English (organizations have no language of
     * their own yet, and English is Lyceum's fallback).
     */
    Recipient member(long userId, String email, String name) {
        Locale locale = languages.of(userId).map(Translations::supported).orElse(Translations.LOCALES.getFirst());
        return new Recipient(email, name, locale);
    }

    /** Dates for the recipient: in their language, in the organization's time zone. */
    static Moments moments(Recipient to) {
        return new Moments(to.locale(), TenantContext.require().timeZone());
    }

    MailBranding branding() {
        return brandings.current();
    }

    void queue(MailKind kind, Recipient to, Map<String, Object> values) {
        outbox(kind, to, branding(), values);
    }

    /** As {@link #queue}, with branding already looked up (a sweep sends many). */
    void outbox(MailKind kind, Recipient to, MailBranding brand, Map<String, Object> values) {
        outbox.queue(compose(kind, to, values, brand));
    }

    OutgoingMail compose(MailKind kind, Recipient to, Map<String, Object> values, MailBranding brand) {
        String unsubscribe =
                kind.essential() ? null : unsubscribes.urlFor(to.email(), kind).orElse(null);
        RenderedMail rendered =
                templates.render(kind, new MailModel(brand, to.email(), to.name(), unsubscribe, values), to.locale());
        return new OutgoingMail(
                kind, to.email(), to.name(), to.locale(), rendered.subject(), rendered.html(), rendered.text());
    }
}
