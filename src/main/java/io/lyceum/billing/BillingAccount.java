package io.lyceum.billing;

import io.lyceum.platform.BillingInterval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An organization's Stripe customer and what its subscription is, as Stripe's API last said: never
 * as a webhook's payload said, since deliveries come in any order.
 */
@Entity
@Table(name = "billing_account", schema = "platform")
class BillingAccount {

    @Id
    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "stripe_customer", nullable = false, unique = true)
    private String stripeCustomer;

    @Column(name = "stripe_subscription")
    private @Nullable String stripeSubscription;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private @Nullable SubscriptionStatus status;

    /** The plan the subscription pays for; the organization's plan may be Free after a failed payment. */
    @Column(name = "plan_code")
    private @Nullable String planCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_interval")
    private @Nullable BillingInterval interval;

    @Column(name = "amount_cents", nullable = false)
    private int amountCents;

    @Column(name = "current_period_end")
    private @Nullable Instant currentPeriodEnd;

    @Column(name = "cancel_at_period_end", nullable = false)
    private boolean cancelAtPeriodEnd;

    @Column(name = "past_due_since")
    private @Nullable Instant pastDueSince;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BillingAccount() {
        this.stripeCustomer = "";
        this.updatedAt = Instant.EPOCH;
    }

    BillingAccount(long organizationId, String stripeCustomer, Instant now) {
        this.organizationId = organizationId;
        this.stripeCustomer = stripeCustomer;
        this.updatedAt = now;
    }

    long organizationId() {
        return organizationId;
    }

    String stripeCustomer() {
        return stripeCustomer;
    }

    @Nullable String stripeSubscription() {
        return stripeSubscription;
    }

    @Nullable SubscriptionStatus status() {
        return status;
    }

    @Nullable String planCode() {
        return planCode;
    }

    @Nullable BillingInterval interval() {
        return interval;
    }

    @Nullable Instant currentPeriodEnd() {
        return currentPeriodEnd;
    }

    boolean cancelAtPeriodEnd() {
        return cancelAtPeriodEnd;
    }

    @Nullable Instant pastDueSince() {
        return pastDueSince;
    }

    /** When a past-due subscription stops giving its plan; null unless past due. */
    @Nullable Instant graceEnds(Duration gracePeriod) {
        return status == SubscriptionStatus.PAST_DUE && pastDueSince != null ? pastDueSince.plus(gracePeriod) : null;
    }

    /**
     * What the subscription brings in per month: a yearly price counts one twelfth; trials bring in
     * nothing yet, a past-due subscription still counts until Stripe gives it up.
     */
    int monthlyRevenueCents() {
        if (status != SubscriptionStatus.ACTIVE && status != SubscriptionStatus.PAST_DUE) {
            return 0;
        }
        return interval == BillingInterval.YEAR ? Math.round(amountCents / 12f) : amountCents;
    }

    /** Takes the subscription's state as Stripe's API gives it now. */
    void apply(SubscriptionState state, Instant now) {
        this.stripeSubscription = state.id();
        if (state.status() == SubscriptionStatus.PAST_DUE) {
            if (status != SubscriptionStatus.PAST_DUE || pastDueSince == null) {
                pastDueSince = now;
            }
        } else {
            pastDueSince = null;
        }
        this.status = state.status();
        if (state.planCode() != null) {
            this.planCode = state.planCode();
            this.interval = state.interval();
            this.amountCents = state.amountCents();
        }
        this.currentPeriodEnd = state.currentPeriodEnd();
        this.cancelAtPeriodEnd = state.cancelAtPeriodEnd();
        this.updatedAt = now;
    }
}
