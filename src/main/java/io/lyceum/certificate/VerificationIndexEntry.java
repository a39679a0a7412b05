package io.lyceum.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Verification code → organization, in the platform schema: public verification on the base domain
 * knows only the code. Written in the transaction that issues the certificate.
 */
@Entity
@Table(name = "certificate_index", schema = "platform")
class VerificationIndexEntry {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "org_slug", nullable = false)
    private String orgSlug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VerificationIndexEntry() {
        this.code = "";
        this.orgSlug = "";
        this.createdAt = Instant.EPOCH;
    }

    VerificationIndexEntry(String code, String orgSlug, Instant createdAt) {
        this.code = code;
        this.orgSlug = orgSlug;
        this.createdAt = createdAt;
    }

    String orgSlug() {
        return orgSlug;
    }
}
