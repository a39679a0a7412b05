package io.lyceum.certificate;

import io.lyceum.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates as mail about them needs them, with nobody signed in: the one just issued, and those
 * about to expire (for the recertification reminder).
 */
@Service
public class CertificateNotices {

    private final CertificateRepository certificates;
    private final Clock clock;

    CertificateNotices(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CertificateSummary> find(long certificateId) {
        return certificates.findById(certificateId).map(certificate -> certificate.summary(today()));
    }

    /**
     * Certificates not revoked that expire between the two days (inclusive), a page at a time; not
     * those whose holder has since earned a newer certificate of the course (they recertified).
     */
    @Transactional(readOnly = true)
    public Page<CertificateSummary> expiring(LocalDate from, LocalDate to, Pageable pageable) {
        LocalDate today = today();
        return certificates.expiringNotRenewed(from, to, pageable).map(certificate -> certificate.summary(today));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TenantContext.require().timeZone()));
    }
}
