package io.lyceum.notification;

import io.lyceum.base.i18n.Translations;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.CurrentUser;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every kind of message as it would look for the organization in context, with sample data, for its
 * admins' preview page. Nothing is queued.
 */
@Service
public class MailPreviews {

    private final Mails mails;
    private final MailSamples samples;
    private final CurrentUser currentUser;

    MailPreviews(Mails mails, MailSamples samples, CurrentUser currentUser) {
        this.mails = mails;
        this.samples = samples;
        this.currentUser = currentUser;
    }

    /** A kind of message: its key names its label ({@code mail.kind.<key>}). */
    public record Template(String key, boolean essential) {}

    /** One message rendered: what the preview shows. */
    public record Preview(String subject, String html, String text) {}

    public List<Template> templates() {
        return Arrays.stream(MailKind.values())
                .map(kind -> new Template(MailTemplates.key(kind), kind.essential()))
                .toList();
    }

    /** The message of the kind with sample data, addressed to the admin looking at it, in {@code language}. */
    @AdminsOnly
    // Not read-only: the footer's unsubscribe link is the admin's own, whose token is made on first use.
    @Transactional
    public Preview preview(Template template, Locale language) {
        MailKind kind = Arrays.stream(MailKind.values())
                .filter(candidate -> MailTemplates.key(candidate).equals(template.key()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such message: " + template.key()));
        var reader = currentUser.require();
        var cast = samples.cast(
                new Mails.Recipient(reader.email(), reader.displayName(), Translations.supported(language)));
        var to = new Mails.Recipient(reader.email(), cast.learner(), Translations.supported(language));
        var brand = mails.branding();
        OutgoingMail mail = mails.compose(kind, to, samples.values(kind, cast, to, brand), brand);
        return new Preview(mail.subject(), mail.html(), mail.text());
    }
}
