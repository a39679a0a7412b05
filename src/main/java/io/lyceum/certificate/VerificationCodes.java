package io.lyceum.certificate;

import io.lyceum.identity.StaffOnly;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's verification index for an organization brought in from an export: whether a code
 * is free platform-wide, a new one, and the entry that makes a code verify for its organization.
 */
@Service
public class VerificationCodes {

    private final VerificationIndex index;
    private final Clock clock;

    VerificationCodes(VerificationIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @StaffOnly
    public boolean isFree(String code) {
        return !index.existsById(code);
    }

    /** A fresh random code (130 bits), as certificates are issued with. */
    @StaffOnly
    public String newCode() {
        String code;
        do {
            code = CertificateIssuer.verificationCode();
        } while (index.existsById(code));
        return code;
    }

    @Transactional
    @StaffOnly
    public void register(String code, String orgSlug) {
        index.saveAndFlush(new VerificationIndexEntry(code, orgSlug, clock.instant()));
    }

    /** Revokes an organization's entries (an import undone). */
    @Transactional
    @StaffOnly
    public void unregisterAll(String orgSlug) {
        index.deleteByOrgSlug(orgSlug);
    }
}
