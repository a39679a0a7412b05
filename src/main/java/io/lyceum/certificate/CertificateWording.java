package io.lyceum.certificate;

/** The fixed phrases of a certificate, editable by the org's admin. */
public record CertificateWording(String title, String intro, String achievement, String signatureLabel) {

    public static final int TITLE_MAX_LENGTH = 60;
    public static final int INTRO_MAX_LENGTH = 100;
    public static final int ACHIEVEMENT_MAX_LENGTH = 100;
    public static final int SIGNATURE_LABEL_MAX_LENGTH = 40;

    public CertificateWording {
        title = Checks.text("Title", title, TITLE_MAX_LENGTH);
        intro = Checks.text("Intro", intro, INTRO_MAX_LENGTH);
        achievement = Checks.text("Achievement", achievement, ACHIEVEMENT_MAX_LENGTH);
        signatureLabel = Checks.text("Signature label", signatureLabel, SIGNATURE_LABEL_MAX_LENGTH);
    }

    public static CertificateWording defaults() {
        return new CertificateWording(
                "Certificate of Completion", "This certifies that", "has successfully completed", "Instructor");
    }
}
