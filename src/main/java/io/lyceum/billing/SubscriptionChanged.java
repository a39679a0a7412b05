package io.lyceum.billing;

import org.jspecify.annotations.Nullable;

/**
 * {@code subscription.changed}: what Stripe says an organization pays changed, and with it perhaps
 * its plan. Published in the transaction that applies the change (stored by the event publication
 * registry in the platform schema); listeners act after commit, as the organization it names.
 *
 * @param planCode the organization's plan now (Free once a subscription ended or its grace ran out)
 * @param planChanged whether the organization moved to another plan
 */
public record SubscriptionChanged(
        long organizationId, String slug, @Nullable SubscriptionStatus status, String planCode, boolean planChanged) {}
