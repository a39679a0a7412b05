package io.lyceum.certificate;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page says of a code: the status and, for a known certificate, its
 * holder, course, organization and dates. Nothing else leaves the organization.
 */
record Verification(
        @Nullable CertificateStatus status,
        String holderName,
        String courseTitle,
        String orgName,
        @Nullable LocalDate completedOn,
        @Nullable LocalDate expiresOn) {

    static Verification unknown() {
        return new Verification(null, "", "", "", null, null);
    }

    boolean known() {
        return status != null;
    }
}
