package io.lyceum.certificate;

import io.lyceum.base.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fixed phrases of a certificate, editable by the org's admin; the design page and {@link
 * CertificateService} check the constraints. Printed into XHTML, so only printable text.
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

    public static CertificateWording defaults() {
        return new CertificateWording(
                "Certificate of Completion", "This certifies that", "has successfully completed", "Instructor");
    }
}
