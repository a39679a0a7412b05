package io.lyceum.certificate;

import java.util.Locale;

/** The layouts an organization can choose for its certificates. */
public enum CertificateDesign {

    /** Centred serif text inside a double border in the org's colour. */
    CLASSIC(70, 20),

    /** Sans-serif text beside a full-height band in the org's colour. */
    MODERN(40, 30);

    final double logoMaxWidthMm;
    final double logoMaxHeightMm;

    CertificateDesign(double logoMaxWidthMm, double logoMaxHeightMm) {
        this.logoMaxWidthMm = logoMaxWidthMm;
        this.logoMaxHeightMm = logoMaxHeightMm;
    }

    String templateResource() {
        return "certificate/" + name().toLowerCase(Locale.ROOT) + ".xhtml";
    }
}
