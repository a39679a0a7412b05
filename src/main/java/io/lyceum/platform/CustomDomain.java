package io.lyceum.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A host name an organization answers on besides its subdomain, once verified: its owner published
 * the TXT record with {@link #challengeToken()} (and the CNAME that leads browsers to Lyceum). The
 * host is the primary key: one organization per host, platform-wide.
 */
@Entity
@Table(name = "custom_domain", schema = "platform")
class CustomDomain {

    @Id
    @Column(name = "host")
    private String host;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "verified", nullable = false)
    private boolean verified;

    @Column(name = "challenge_token", nullable = false)
    private String challengeToken;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CustomDomain() {
        this.host = "";
        this.challengeToken = "";
        this.createdAt = Instant.EPOCH;
    }

    CustomDomain(String host, long organizationId, String challengeToken, Instant createdAt) {
        this.host = host;
        this.organizationId = organizationId;
        this.challengeToken = challengeToken;
        this.createdAt = createdAt;
    }

    String host() {
        return host;
    }

    long organizationId() {
        return organizationId;
    }

    boolean verified() {
        return verified;
    }

    String challengeToken() {
        return challengeToken;
    }

    @Nullable Instant verifiedAt() {
        return verifiedAt;
    }

    void verify(Instant at) {
        this.verified = true;
        this.verifiedAt = at;
    }
}
