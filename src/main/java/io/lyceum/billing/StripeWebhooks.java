package io.lyceum.billing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.lyceum.billing.StripeEventRecord.Outcome;
import io.lyceum.platform.PlanAssignments;
import io.lyceum.tenancy.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stripe's webhook deliveries: verified, handled at most once each, and never trusted for state. A
 * delivery only says "look again": the subscription is read from Stripe's API and that is applied,
 * so a late {@code updated} cannot undo a {@code deleted}.
 */
@Service
class StripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    static final Set<String> HANDLED = Set.of(
            "checkout.session.completed",
            "customer.subscription.created",
            "customer.subscription.updated",
            "customer.subscription.deleted",
            "invoice.paid",
            "invoice.payment_failed");

    /** How the endpoint answers: 200, 400 (Stripe does not retry) or 500 (Stripe retries). */
    enum Answer {
        OK,
        REFUSED,
        RETRY
    }

    private record Handled(
            Outcome outcome,
            @Nullable Long organizationId,
            @Nullable String detail,
            @Nullable Change change) {}

    record Change(Tenant organization, @Nullable SubscriptionStatus status, String planCode, boolean planChanged) {}

    private final BillingProperties properties;
    private final StripeGateway stripe;
    private final BillingAccountRepository accounts;
    private final StripeEventRepository events;
    private final PlanAssignments plans;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    StripeWebhooks(
            BillingProperties properties,
            StripeGateway stripe,
            BillingAccountRepository accounts,
            StripeEventRepository events,
            PlanAssignments plans,
            TransactionTemplate transaction,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.properties = properties;
        this.stripe = stripe;
        this.accounts = accounts;
        this.events = events;
        this.plans = plans;
        this.transaction = transaction;
        this.publisher = publisher;
        this.clock = clock;
    }

    Answer receive(String payload, @Nullable String signature) {
        String secret = properties.stripe().webhookSecret();
        if (!stripe.enabled() || secret == null) {
            return Answer.REFUSED;
        }
        Event event;
        try {
            event = Webhook.constructEvent(
                    payload,
                    Objects.requireNonNullElse(signature, ""),
                    secret,
                    properties.stripe().webhookTolerance().toSeconds(),
                    clock);
        } catch (SignatureVerificationException | RuntimeException e) {
            // Forged, signed with another secret, replayed after the tolerance, or no event at all.
            log.warn("Refused a Stripe webhook delivery: {}", e.getMessage());
            return Answer.REFUSED;
        }
        if (event.getId() == null || event.getType() == null) {
            return Answer.REFUSED;
        }
        return handle(event.getId(), event.getType(), payload, false);
    }

    /** Staff re-run a stored event (it was verified when it arrived): handled again, whatever its outcome. */
    Answer rerun(String eventId) {
        StripeEventRecord record = Objects.requireNonNull(
                transaction.execute(status -> events.findById(eventId).orElseThrow()));
        return handle(record.id(), record.type(), record.payload(), true);
    }

    private Answer handle(String id, String type, String payload, boolean again) {
        Handled handled;
        try {
            handled = transaction.execute(status -> {
                Instant now = clock.instant();
                if (!again && events.claim(id, type, now, payload) == 0) {
                    return null; // handled before: a replay changes nothing
                }
                StripeEventRecord record = events.findById(id).orElseThrow();
                Handled result = apply(type, object(payload), now);
                record.handled(result.outcome(), result.organizationId(), result.detail(), now);
                if (result.change() != null) {
                    publish(result.change());
                }
                return result;
            });
        } catch (RuntimeException e) {
            log.error("Stripe event {} ({}) failed; Stripe will deliver it again", id, type, e);
            recordFailure(id, type, payload, e);
            return Answer.RETRY;
        }
        if (handled != null && handled.change() != null) {
            afterCommit(handled.change());
        }
        return Answer.OK;
    }

    private void recordFailure(String id, String type, String payload, RuntimeException e) {
        try {
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                events.claim(id, type, now, payload);
                events.findById(id)
                        .ifPresent(record -> record.handled(
                                Outcome.FAILED,
                                null,
                                Objects.toString(e.getMessage(), e.getClass().getName()),
                                now));
            });
        } catch (RuntimeException again) {
            log.error("Could not record the failure of Stripe event {}", id, again);
        }
    }

    /** Plugins are installed for the committed plan: outside the transaction, in the organization's schema. */
    void afterCommit(Change change) {
        if (change.planChanged()) {
            try {
                plans.installPlanPlugins(change.organization());
            } catch (RuntimeException e) {
                // The plan is committed and the event handled: a retry by Stripe would change nothing.
                // Installing is idempotent; an admin's plugin page installs what is missing.
                log.error(
                        "Plugins of the {} plan could not be installed for {}",
                        change.planCode(),
                        change.organization().slug(),
                        e);
            }
        }
    }

    /**
     * {@code subscription.changed}, inside the transaction that applies the change: the event
     * publication registry stores it with the change (in the platform schema), so that its listeners
     * (mail to admins) get it after commit even if this node stops right then.
     */
    void publish(Change change) {
        publisher.publishEvent(new SubscriptionChanged(
                change.organization().id(),
                change.organization().slug(),
                change.status(),
                change.planCode(),
                change.planChanged()));
    }

    private Handled apply(String type, JsonObject object, Instant now) {
        if (!HANDLED.contains(type)) {
            return new Handled(Outcome.IGNORED, null, "Lyceum does not act on " + type, null);
        }
        String customer = string(object, "customer");
        Optional<BillingAccount> found = customer == null ? Optional.empty() : accounts.findByStripeCustomer(customer);
        if (found.isEmpty()) {
            log.warn("Stripe event {} of customer {}, who is no organization's", type, customer);
            return new Handled(Outcome.UNKNOWN_CUSTOMER, null, "No organization has customer " + customer, null);
        }
        BillingAccount account = found.get();
        long organizationId = account.organizationId();
        if (type.equals("checkout.session.completed")) {
            String reference = string(object, "client_reference_id");
            if (reference != null && !reference.equals(String.valueOf(organizationId))) {
                return new Handled(
                        Outcome.IGNORED,
                        organizationId,
                        "Checkout for organization " + reference + " with the customer of organization "
                                + organizationId,
                        null);
            }
        }
        String subscriptionId = subscriptionOf(type, object);
        if (subscriptionId == null) {
            return new Handled(Outcome.IGNORED, organizationId, "No subscription in the event", null);
        }
        SubscriptionState state;
        try {
            state = stripe.subscription(subscriptionId);
        } catch (StripeException e) {
            throw new IllegalStateException(
                    "Stripe did not return subscription " + subscriptionId + ": " + e.getMessage(), e);
        }
        if (!state.customer().equals(account.stripeCustomer())) {
            return new Handled(
                    Outcome.IGNORED, organizationId, "Subscription " + state.id() + " is another customer's", null);
        }
        if (account.stripeSubscription() != null
                && !account.stripeSubscription().equals(state.id())
                && !state.status().pays()) {
            // An old subscription's end says nothing about the one the organization has now.
            return new Handled(
                    Outcome.IGNORED,
                    organizationId,
                    "Subscription " + state.id() + " is no longer the organization's",
                    null);
        }
        account.apply(state, now);
        return new Handled(Outcome.APPLIED, organizationId, state.status().key(), decide(account, now));
    }

    /** Puts the organization on the plan its subscription gives now; the change, if any. */
    @Nullable Change decide(BillingAccount account, Instant now) {
        String plan = entitledPlan(account, now);
        Tenant organization = plans.organization(account.organizationId()).orElseThrow();
        if (plan == null) {
            return new Change(organization, account.status(), organization.planCode(), false);
        }
        return plans.assign(account.organizationId(), plan)
                .map(changed -> new Change(changed, account.status(), plan, true))
                .orElseGet(() -> new Change(organization, account.status(), plan, false));
    }

    /** The plan the subscription entitles to now; null to leave the plan as it is. */
    @Nullable String entitledPlan(BillingAccount account, Instant now) {
        SubscriptionStatus status = account.status();
        if (status == null || status == SubscriptionStatus.INCOMPLETE) {
            return null; // no payment through yet
        }
        if (status.ended()) {
            return PlanAssignments.FREE;
        }
        Instant graceEnds = account.graceEnds(properties.gracePeriod());
        if (graceEnds != null && !now.isBefore(graceEnds)) {
            return PlanAssignments.FREE;
        }
        return account.planCode(); // null for a price no plan sells: left as it is
    }

    private static @Nullable String subscriptionOf(String type, JsonObject object) {
        if (type.startsWith("customer.subscription.")) {
            return string(object, "id");
        }
        String direct = string(object, "subscription");
        if (direct != null) {
            return direct;
        }
        // Invoices of API versions since 2025-03 name it under parent.subscription_details.
        JsonObject parent = object(object, "parent");
        JsonObject details = parent == null ? null : object(parent, "subscription_details");
        return details == null ? null : string(details, "subscription");
    }

    private static JsonObject object(String payload) {
        JsonObject event = JsonParser.parseString(payload).getAsJsonObject();
        JsonObject data = object(event, "data");
        JsonObject object = data == null ? null : object(data, "object");
        if (object == null) {
            throw new IllegalArgumentException("The event has no data.object");
        }
        return object;
    }

    private static @Nullable JsonObject object(JsonObject parent, String name) {
        JsonElement element = parent.get(name);
        return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    }

    /** A string member, or the id of an expanded object. */
    private static @Nullable String string(JsonObject parent, String name) {
        JsonElement element = parent.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonObject()) {
            return string(element.getAsJsonObject(), "id");
        }
        return element.getAsString();
    }
}
