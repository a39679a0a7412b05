package io.lyceum.notification;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The organization's own sender domain, its DKIM key pair (the private key sealed) and its DNS state. */
@Entity
@Table(name = "sender_domain")
class SenderDomain extends AbstractEntity {

    @Column(name = "domain", nullable = false, length = SenderDomainName.MAX_LENGTH)
    private String domain;

    @Column(name = "selector", nullable = false, length = 63)
    private String selector;

    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Column(name = "private_key", nullable = false)
    private byte[] sealedPrivateKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SenderDomainStatus status = SenderDomainStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "checked_at")
    private @Nullable Instant checkedAt;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    protected SenderDomain() {
        this.domain = "";
        this.selector = "";
        this.publicKey = "";
        this.sealedPrivateKey = new byte[0];
        this.createdAt = Instant.EPOCH;
    }

    SenderDomain(SenderDomainName domain, String selector, String publicKey, byte[] sealedPrivateKey, Instant now) {
        this.domain = domain.value();
        this.selector = selector;
        this.publicKey = publicKey;
        this.sealedPrivateKey = sealedPrivateKey.clone();
        this.createdAt = now;
    }

    /**
     * Records a DNS check: verified when every record matched, else back to pending (a record removed
     * after verification stops the signing too). Returns whether the domain has just become verified.
     */
    boolean checked(boolean allMatch, Instant now) {
        boolean wasVerified = status == SenderDomainStatus.VERIFIED;
        this.checkedAt = now;
        this.status = allMatch ? SenderDomainStatus.VERIFIED : SenderDomainStatus.PENDING;
        if (allMatch && !wasVerified) {
            this.verifiedAt = now;
            return true;
        }
        return false;
    }

    String domain() {
        return domain;
    }

    String selector() {
        return selector;
    }

    String publicKey() {
        return publicKey;
    }

    byte[] sealedPrivateKey() {
        return sealedPrivateKey.clone();
    }

    SenderDomainStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant checkedAt() {
        return checkedAt;
    }
}
