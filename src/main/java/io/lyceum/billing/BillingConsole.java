package io.lyceum.billing;

import io.lyceum.identity.StaffOnly;
import io.lyceum.platform.BillingInterval;
import io.lyceum.platform.PlanAssignments;
import io.lyceum.tenancy.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing across organizations, for platform staff: what each pays, the revenue it brings, the
 * webhook events Stripe delivered, and re-running one. Staff only; no organization is bound.
 */
@Service
public class BillingConsole {

    /** An organization's billing as the console lists it. */
    public record AccountRow(
            long organizationId,
            String organization,
            String slug,
            String plan,
            @Nullable SubscriptionStatus status,
            @Nullable String paidPlan,
            @Nullable BillingInterval interval,
            int monthlyRevenueCents,
            @Nullable Instant currentPeriodEnd,
            @Nullable Instant pastDueSince,
            String stripeCustomer) {}

    /** A webhook event as Stripe delivered it and how Lyceum handled it. */
    public record EventRow(
            String id,
            String type,
            @Nullable Long organizationId,
            Instant receivedAt,
            String outcome,
            @Nullable String detail) {}

    private final BillingAccountRepository accounts;
    private final StripeEventRepository events;
    private final StripeWebhooks webhooks;
    private final PlanAssignments plans;

    BillingConsole(
            BillingAccountRepository accounts,
            StripeEventRepository events,
            StripeWebhooks webhooks,
            PlanAssignments plans) {
        this.accounts = accounts;
        this.events = events;
        this.webhooks = webhooks;
        this.plans = plans;
    }

    /** Every organization with a Stripe customer; their organizations in one query. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<AccountRow> accounts() {
        List<BillingAccount> all = accounts.findAll(Sort.by("organizationId"));
        Map<Long, Tenant> organizations = plans.organizations(
                all.stream().map(BillingAccount::organizationId).toList());
        return all.stream()
                .map(account -> {
                    Optional<Tenant> organization = Optional.ofNullable(organizations.get(account.organizationId()));
                    return new AccountRow(
                            account.organizationId(),
                            organization.map(Tenant::name).orElse("—"),
                            organization.map(Tenant::slug).orElse("—"),
                            organization.map(Tenant::planName).orElse("—"),
                            account.status(),
                            account.planCode(),
                            account.interval(),
                            account.monthlyRevenueCents(),
                            account.currentPeriodEnd(),
                            account.pastDueSince(),
                            account.stripeCustomer());
                })
                .toList();
    }

    /** One organization's billing account, if it went to Stripe Checkout (its console page). */
    @StaffOnly
    @Transactional(readOnly = true)
    public Optional<AccountRow> account(long organizationId) {
        return accounts.findById(organizationId).map(account -> {
            Optional<Tenant> organization = plans.organization(organizationId);
            return new AccountRow(
                    account.organizationId(),
                    organization.map(Tenant::name).orElse("—"),
                    organization.map(Tenant::slug).orElse("—"),
                    organization.map(Tenant::planName).orElse("—"),
                    account.status(),
                    account.planCode(),
                    account.interval(),
                    account.monthlyRevenueCents(),
                    account.currentPeriodEnd(),
                    account.pastDueSince(),
                    account.stripeCustomer());
        });
    }

    /** The latest events, of one organization or (null) of all, including unknown customers'. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<EventRow> events(@Nullable Long organizationId, int limit) {
        var page = PageRequest.of(0, limit);
        var found = organizationId == null
                ? events.findAllByOrderByReceivedAtDesc(page)
                : events.findByOrganizationIdOrderByReceivedAtDesc(organizationId, page);
        return found.stream()
                .map(event -> new EventRow(
                        event.id(),
                        event.type(),
                        event.organizationId(),
                        event.receivedAt(),
                        event.outcome().name(),
                        event.detail()))
                .toList();
    }

    /**
     * Webhook events whose handling failed, and those received but never handled for more than ten
     * minutes (a node stopped mid-way): counts only, for Lyceum's health page and metrics.
     */
    public record WebhookFigures(long failed, long stuck) {}

    @Transactional(readOnly = true)
    public WebhookFigures webhookFigures() {
        return new WebhookFigures(
                events.countByOutcome(StripeEventRecord.Outcome.FAILED),
                events.countByOutcomeAndReceivedAtBefore(
                        StripeEventRecord.Outcome.RECEIVED, Instant.now().minus(Duration.ofMinutes(10))));
    }

    /**
     * Handles a stored event again (after fixing a price id, say): it reads the subscription from
     * Stripe now, so a re-run never applies an old state. Whether it went through.
     */
    @StaffOnly
    public boolean rerun(String eventId) {
        return webhooks.rerun(eventId) == StripeWebhooks.Answer.OK;
    }
}
