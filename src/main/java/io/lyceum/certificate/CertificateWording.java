package io.lyceum.certificate;

import io.lyceum.base.i18n.Translations;
import io.lyceum.base.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * The fixed phrases of a certificate, editable by the org's admin; the design page and {@link
 * CertificateService} check the constraints. Printed into XHTML, so only printable text. Lyceum's
 * default wording comes from the bundles and prints in the holder's language; an organization's own
 * words print as written.
 */
public record CertificateWording(
        @NotBlank(message = "{certificate.title.required}") @Size(max = TITLE_MAX_LENGTH, message = "{text.too-long}") @PlainText
        String title,

        @NotBlank(message = "{certificate.intro.required}") @Size(max = INTRO_MAX_LENGTH, message = "{text.too-long}") @PlainText
        String intro,

        @NotBlank(message = "{certificate.achievement.required}") @Size(max = ACHIEVEMENT_MAX_LENGTH, message = "{text.too-long}") @PlainText
        String achievement,

        @NotBlank(message = "{certificate.signature-label.required}") @Size(max = SIGNATURE_LABEL_MAX_LENGTH, message = "{text.too-long}") @PlainText
        String signatureLabel) {

    public static final int TITLE_MAX_LENGTH = 60;
    public static final int INTRO_MAX_LENGTH = 100;
    public static final int ACHIEVEMENT_MAX_LENGTH = 100;
    public static final int SIGNATURE_LABEL_MAX_LENGTH = 40;

    public CertificateWording {
        title = title.strip();
        intro = intro.strip();
        achievement = achievement.strip();
        signatureLabel = signatureLabel.strip();
    }

    private static final Translations WORDS = new Translations();

    /** Lyceum's default wording, in English. */
    public static CertificateWording defaults() {
        return defaults(Translations.LOCALES.getFirst());
    }

    /** Lyceum's default wording in a language: "Certificate of Completion", "Teilnahmezertifikat". */
    public static CertificateWording defaults(Locale language) {
        return new CertificateWording(
                WORDS.getTranslation("certificate.pdf.title", language),
                WORDS.getTranslation("certificate.pdf.intro", language),
                WORDS.getTranslation("certificate.pdf.achievement", language),
                WORDS.getTranslation("certificate.pdf.signature-label", language));
    }

    /**
     * This wording as a certificate in {@code language} prints it: Lyceum's default wording (in any
     * language) in that language, the organization's own words as they are.
     */
    public CertificateWording in(Locale language) {
        boolean lyceums =
                Translations.LOCALES.stream().map(CertificateWording::defaults).anyMatch(this::equals);
        return lyceums ? defaults(language) : this;
    }
}
