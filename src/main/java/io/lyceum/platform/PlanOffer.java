package io.lyceum.platform;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plan as an organization compares it: name, prices, what it allows, and the Stripe prices it can
 * be bought at online (none: staff assign it).
 */
public record PlanOffer(
        String code,
        String name,
        int monthlyPriceCents,
        int yearlyPriceCents,
        @Nullable String monthlyStripePrice,
        @Nullable String yearlyStripePrice,
        Map<PlanAction, Integer> limits) {

    public PlanOffer {
        limits = Map.copyOf(limits);
    }

    /** The plan's limit on {@code action}; empty when unlimited. */
    public Optional<Integer> limit(PlanAction action) {
        return Optional.ofNullable(limits.get(action));
    }

    /** The Stripe price it is sold at for {@code interval}; empty when it cannot be bought online so. */
    public Optional<String> stripePrice(BillingInterval interval) {
        return Optional.ofNullable(
                switch (interval) {
                    case MONTH -> monthlyStripePrice;
                    case YEAR -> yearlyStripePrice;
                });
    }

    /** Whether it can be bought online for {@code interval}. */
    public boolean buyableOnline(BillingInterval interval) {
        return stripePrice(interval).isPresent();
    }
}
