package io.lyceum.platform;

/** How often a subscription is paid: Stripe's {@code recurring.interval}. */
public enum BillingInterval {
    MONTH,
    YEAR
}
