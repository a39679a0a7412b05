package io.lyceum.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A host name an organization answers on besides its subdomain (lookup ready; managed later). */
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CustomDomain() {
        this.host = "";
        this.createdAt = Instant.EPOCH;
    }

    CustomDomain(String host, long organizationId, Instant createdAt) {
        this.host = host;
        this.organizationId = organizationId;
        this.createdAt = createdAt;
    }
}
