package io.lyceum.certificate;

import org.jspecify.annotations.Nullable;

/** How the organization's certificates look: design, wording, colour ("#rrggbb", none: the default) and logo. */
public record CertificateTemplate(CertificateDesign design, CertificateWording wording, @Nullable String primaryColor,
        @Nullable Long logoFileId) {
}
