package io.lyceum.certificate;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An issued certificate as lists show it; its status is as of the org's today. */
public record CertificateSummary(
        long id,
        String number,
        String verificationCode,
        long userId,
        String holderName,
        long courseId,
        String courseTitle,
        LocalDate completedOn,
        @Nullable LocalDate expiresOn,
        Instant issuedAt,
        CertificateStatus status,
        @Nullable String revokedReason,
        @Nullable Long reissueOf) {

    /** The address of the PDF on the org's host (a download for its holder and the org's admins). */
    public String pdfPath() {
        return "/certificates/" + id + "/" + number + ".pdf";
    }
}
