package io.lyceum.billing;

import java.util.Locale;

/** Stripe's subscription statuses, and what each means for the organization's plan. */
public enum SubscriptionStatus {
    TRIALING,
    ACTIVE,
    /** A payment failed: the plan holds for the grace period, then the organization falls to Free. */
    PAST_DUE,
    /** Stripe gave up retrying: Free. */
    UNPAID,
    CANCELED,
    /** The first payment is not through yet: nothing changes. */
    INCOMPLETE,
    INCOMPLETE_EXPIRED,
    PAUSED;

    static SubscriptionStatus ofStripe(String status) {
        return valueOf(status.toUpperCase(Locale.ROOT));
    }

    /** The subscription gives its plan (past due only during the grace period). */
    public boolean pays() {
        return this == TRIALING || this == ACTIVE || this == PAST_DUE;
    }

    /** The subscription is over: the organization is on Free. */
    boolean ended() {
        return this == CANCELED || this == UNPAID || this == INCOMPLETE_EXPIRED || this == PAUSED;
    }

    /** For message keys: PAST_DUE → past-due. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
