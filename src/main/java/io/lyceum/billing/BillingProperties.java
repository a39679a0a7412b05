package io.lyceum.billing;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyceum.billing.*}: Stripe's keys (from the environment, never the repository) and how long
 * an organization whose payment failed keeps its plan.
 */
@ConfigurationProperties("lyceum.billing")
record BillingProperties(Stripe stripe, @DefaultValue("7d") Duration gracePeriod) {

    /**
     * @param secretKey the API key ({@code sk_live_…}, {@code sk_test_…} or a restricted key)
     * @param webhookSecret the webhook endpoint's signing secret ({@code whsec_…})
     * @param apiBase Stripe's API address; another only to test against a stand-in
     * @param webhookTolerance how old a signature may be: older deliveries are refused as replays
     */
    record Stripe(
            @Nullable String secretKey,
            @Nullable String webhookSecret,
            @Nullable String apiBase,
            @DefaultValue("5m") Duration webhookTolerance) {}

    BillingProperties {
        if (stripe == null) {
            stripe = new Stripe(null, null, null, Duration.ofMinutes(5));
        }
    }

    /** Billing is on only with both keys: without the webhook secret no payment could be trusted. */
    boolean enabled() {
        return hasText(stripe.secretKey()) && hasText(stripe.webhookSecret());
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
