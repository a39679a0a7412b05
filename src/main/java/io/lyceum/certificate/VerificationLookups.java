package io.lyceum.certificate;

import io.lyceum.tenancy.Tenant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two reads of a public verification, each its own transaction: which organization issued a
 * code (the platform's index), then the certificate in that organization's schema (the caller binds
 * the organization first, so the second transaction opens on its schema).
 */
@Component
@Transactional(readOnly = true)
class VerificationLookups {

    private final VerificationIndex index;
    private final CertificateRepository certificates;
    private final Clock clock;

    VerificationLookups(VerificationIndex index, CertificateRepository certificates, Clock clock) {
        this.index = index;
        this.certificates = certificates;
        this.clock = clock;
    }

    Optional<String> issuingOrganization(String code) {
        return index.findById(code).map(VerificationIndexEntry::orgSlug);
    }

    /** The certificate with the code in the organization in context, as the public may see it. */
    Optional<Verification> inOrganization(String code, Tenant tenant) {
        return certificates.findByVerificationCode(code).map(certificate -> {
            CertificateSummary summary = certificate.summary(LocalDate.now(clock.withZone(tenant.timeZone())));
            return new Verification(
                    summary.status(),
                    summary.holderName(),
                    summary.courseTitle(),
                    tenant.name(),
                    summary.completedOn(),
                    summary.expiresOn());
        });
    }
}
