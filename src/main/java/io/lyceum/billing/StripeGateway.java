package io.lyceum.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.lyceum.platform.BillingInterval;
import io.lyceum.platform.PlanAssignments;
import io.lyceum.tenancy.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lyceum's calls to Stripe's API, and nothing else: the one class that knows Stripe's objects. Its
 * client exists only when billing is on.
 */
@Component
class StripeGateway {

    /** Metadata key on Stripe's customers and subscriptions: the organization's id. */
    static final String ORGANIZATION = "lyceum_organization";

    private final @Nullable StripeClient client;
    private final PlanAssignments plans;

    StripeGateway(BillingProperties properties, PlanAssignments plans) {
        this.plans = plans;
        if (properties.enabled()) {
            var builder = StripeClient.builder()
                    .setApiKey(properties.stripe().secretKey())
                    .setConnectTimeout(10_000)
                    .setReadTimeout(20_000)
                    .setMaxNetworkRetries(2);
            String apiBase = properties.stripe().apiBase();
            if (apiBase != null && !apiBase.isBlank()) {
                builder.setApiBase(apiBase);
            }
            this.client = builder.build();
        } else {
            this.client = null;
        }
    }

    boolean enabled() {
        return client != null;
    }

    private StripeClient client() {
        if (client == null) {
            throw new IllegalStateException("Billing is off: no Stripe keys are configured");
        }
        return client;
    }

    String createCustomer(Tenant organization, @Nullable String email) throws StripeException {
        var params = CustomerCreateParams.builder()
                .setName(organization.name())
                .putMetadata(ORGANIZATION, String.valueOf(organization.id()))
                .putMetadata("lyceum_slug", organization.slug());
        if (email != null) {
            params.setEmail(email);
        }
        return client().v1().customers().create(params.build()).getId();
    }

    /** A Checkout session for a subscription to the price; Stripe's page for it. */
    String checkout(Tenant organization, String customer, String price, String successUrl, String cancelUrl)
            throws StripeException {
        String id = String.valueOf(organization.id());
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(customer)
                .setClientReferenceId(id)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setPrice(price)
                        .setQuantity(1L)
                        .build())
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                        .putMetadata(ORGANIZATION, id)
                        .build())
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .build();
        return client().v1().checkout().sessions().create(params).getUrl();
    }

    /** A Customer Portal session: payment methods, invoices, cancelling; Stripe's page for it. */
    String portal(String customer, String returnUrl) throws StripeException {
        var params = com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customer)
                .setReturnUrl(returnUrl)
                .build();
        return client().v1().billingPortal().sessions().create(params).getUrl();
    }

    List<Invoice> invoices(String customer) throws StripeException {
        var params =
                InvoiceListParams.builder().setCustomer(customer).setLimit(24L).build();
        return client().v1().invoices().list(params).getData().stream()
                .map(invoice -> new Invoice(
                        invoice.getNumber(),
                        Instant.ofEpochSecond(Objects.requireNonNullElse(invoice.getCreated(), 0L)),
                        Objects.requireNonNullElse(invoice.getTotal(), 0L),
                        Objects.requireNonNullElse(invoice.getCurrency(), "usd").toUpperCase(Locale.ROOT),
                        invoice.getStatus(),
                        invoice.getInvoicePdf()))
                .toList();
    }

    /** The subscription as it is now, whatever the order in which its events arrived. */
    SubscriptionState subscription(String id) throws StripeException {
        Subscription subscription = client().v1().subscriptions().retrieve(id);
        Optional<SubscriptionItem> item = subscription.getItems() == null
                ? Optional.empty()
                : subscription.getItems().getData().stream().findFirst();
        Price price = item.map(SubscriptionItem::getPrice).orElse(null);
        var plan =
                price == null ? Optional.<PlanAssignments.PlanPrice>empty() : plans.planForStripePrice(price.getId());
        Long periodEnd = item.map(SubscriptionItem::getCurrentPeriodEnd).orElse(null);
        return new SubscriptionState(
                subscription.getId(),
                subscription.getCustomer(),
                SubscriptionStatus.ofStripe(subscription.getStatus()),
                plan.map(PlanAssignments.PlanPrice::planCode).orElse(null),
                plan.map(PlanAssignments.PlanPrice::interval).orElse(interval(price)),
                price == null || price.getUnitAmount() == null ? 0 : Math.toIntExact(price.getUnitAmount()),
                periodEnd == null ? null : Instant.ofEpochSecond(periodEnd),
                Boolean.TRUE.equals(subscription.getCancelAtPeriodEnd()));
    }

    private static @Nullable BillingInterval interval(@Nullable Price price) {
        if (price == null || price.getRecurring() == null) {
            return null;
        }
        return "year".equals(price.getRecurring().getInterval()) ? BillingInterval.YEAR : BillingInterval.MONTH;
    }
}
