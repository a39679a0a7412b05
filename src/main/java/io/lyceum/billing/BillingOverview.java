package io.lyceum.billing;

import io.lyceum.platform.BillingInterval;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The organization's billing as its admins see it.
 *
 * @param enabled billing is set up on this installation (Stripe keys configured)
 * @param status the subscription's status; null with no subscription
 * @param paidPlan the plan the subscription pays for (the organization may be on Free past the grace period)
 * @param graceEnds when a past-due organization falls (or fell) to Free
 * @param inGrace a payment failed and the grace period still runs: admins see a banner on every page
 */
public record BillingOverview(
        boolean enabled,
        boolean hasCustomer,
        @Nullable SubscriptionStatus status,
        @Nullable String paidPlan,
        @Nullable BillingInterval interval,
        @Nullable Instant currentPeriodEnd,
        boolean cancelAtPeriodEnd,
        @Nullable Instant graceEnds,
        boolean inGrace) {

    static BillingOverview off() {
        return new BillingOverview(false, false, null, null, null, null, false, null, false);
    }
}
