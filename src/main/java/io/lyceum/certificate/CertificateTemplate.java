package io.lyceum.certificate;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How the organization's certificates look: design, wording, colour ("#rrggbb", none: the default) and logo. */
public record CertificateTemplate(
        CertificateDesign design,
        CertificateWording wording,
        @Nullable String primaryColor,
        @Nullable UUID logoFile) {

    public static final String COLOUR_PROBLEM = "Enter the colour as #rrggbb, e.g. #1f5fa8";

    public CertificateTemplate {
        if (primaryColor != null && colourProblem(primaryColor).isPresent()) {
            throw new IllegalArgumentException(COLOUR_PROBLEM);
        }
    }

    /** What is wrong with a colour typed by an admin, if anything. */
    public static Optional<String> colourProblem(String colour) {
        return CertificateDocument.COLOUR.matcher(colour.strip()).matches()
                ? Optional.empty()
                : Optional.of(COLOUR_PROBLEM);
    }
}
