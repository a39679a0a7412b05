package io.lyceum.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A webhook event Stripe delivered: kept so that each is handled once and staff can see and re-run it. */
@Entity
@Table(name = "stripe_event", schema = "platform")
class StripeEventRecord {

    enum Outcome {
        /** Being handled (the row is locked until the handling commits). */
        RECEIVED,
        APPLIED,
        /** A type Lyceum does not act on, or a subscription that is no longer the organization's. */
        IGNORED,
        UNKNOWN_CUSTOMER,
        /** Handling failed; Stripe retries the delivery and staff may re-run it. */
        FAILED
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "type", nullable = false)
    private String type;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "handled_at")
    private @Nullable Instant handledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private Outcome outcome;

    @Column(name = "detail")
    private @Nullable String detail;

    @Column(name = "payload", nullable = false)
    private String payload;

    protected StripeEventRecord() {
        this.id = "";
        this.type = "";
        this.receivedAt = Instant.EPOCH;
        this.outcome = Outcome.RECEIVED;
        this.payload = "";
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    @Nullable Long organizationId() {
        return organizationId;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Outcome outcome() {
        return outcome;
    }

    @Nullable String detail() {
        return detail;
    }

    String payload() {
        return payload;
    }

    void handled(Outcome outcome, @Nullable Long organizationId, @Nullable String detail, Instant at) {
        this.outcome = outcome;
        if (organizationId != null) {
            this.organizationId = organizationId;
        }
        this.detail = detail;
        this.handledAt = at;
    }
}
