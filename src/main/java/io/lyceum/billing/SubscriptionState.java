package io.lyceum.billing;

import io.lyceum.platform.BillingInterval;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A subscription as Stripe's API returned it, reduced to what Lyceum keeps; no plan for an unknown price. */
record SubscriptionState(
        String id,
        String customer,
        SubscriptionStatus status,
        @Nullable String planCode,
        @Nullable BillingInterval interval,
        int amountCents,
        @Nullable Instant currentPeriodEnd,
        boolean cancelAtPeriodEnd) {}
