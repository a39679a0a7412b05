package io.lyceum.billing;

import com.stripe.exception.StripeException;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.platform.BillingInterval;
import io.lyceum.platform.PlanAssignments;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing for the host's organization: what it pays, and Stripe's pages to pay more, change the
 * payment method or read invoices. Every call is the current organization's own: its Stripe customer
 * is looked up by the organization's id, never by anything a page sends.
 */
@Service
public class BillingService {

    private static final Logger log = LoggerFactory.getLogger(BillingService.class);

    /** The first key of the organizations' billing locks: one Stripe customer per organization. */
    static final int BILLING_LOCK_SPACE = 0x42494c4c; // "BILL"

    private final BillingProperties properties;
    private final StripeGateway stripe;
    private final BillingAccountRepository accounts;
    private final PlanAssignments plans;
    private final TenancyProperties tenancy;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;

    BillingService(
            BillingProperties properties,
            StripeGateway stripe,
            BillingAccountRepository accounts,
            PlanAssignments plans,
            TenancyProperties tenancy,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock) {
        this.properties = properties;
        this.stripe = stripe;
        this.accounts = accounts;
        this.plans = plans;
        this.tenancy = tenancy;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public boolean enabled() {
        return stripe.enabled();
    }

    @Transactional(readOnly = true)
    public BillingOverview overview() {
        if (!stripe.enabled()) {
            return BillingOverview.off();
        }
        Tenant organization = TenantContext.require();
        Instant now = clock.instant();
        return accounts.findById(organization.id())
                .map(account -> {
                    Instant graceEnds = account.graceEnds(properties.gracePeriod());
                    return new BillingOverview(
                            true,
                            true,
                            account.status(),
                            account.planCode(),
                            account.interval(),
                            account.currentPeriodEnd(),
                            account.cancelAtPeriodEnd(),
                            graceEnds,
                            graceEnds != null && graceEnds.isAfter(now));
                })
                .orElseGet(() -> new BillingOverview(true, false, null, null, null, null, false, null, false));
    }

    /**
     * Stripe Checkout for a subscription to the plan; the address to send the admin to. The
     * organization's Stripe customer is created on first use.
     */
    @AdminsOnly
    @Transactional
    public String checkout(String planCode, BillingInterval interval) {
        Tenant organization = TenantContext.require();
        String price = plans.stripePrice(planCode, interval)
                .orElseThrow(() -> new BillingException(ConstraintMessages.get("billing.not-for-sale")));
        String customer = customer(organization);
        // A page opened before the first payment went through still shows Upgrade: a second Checkout
        // would start a second subscription, and Stripe would charge both. Changes go through the portal.
        if (accounts.findById(organization.id())
                .map(BillingAccount::status)
                .filter(SubscriptionStatus::pays)
                .isPresent()) {
            throw new BillingException(ConstraintMessages.get("billing.already-subscribed"));
        }
        try {
            return stripe.checkout(
                    organization, customer, price, pageUrl(organization, "?checkout=done"), pageUrl(organization, ""));
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    /** Stripe's Customer Portal: payment methods, invoices, plan changes and cancelling. */
    @AdminsOnly
    @Transactional
    public String portal() {
        Tenant organization = TenantContext.require();
        try {
            return stripe.portal(customer(organization), pageUrl(organization, ""));
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    /** The organization's invoices, newest first; none before it first went to Checkout. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<Invoice> invoices() {
        if (!stripe.enabled()) {
            return List.of();
        }
        var account = accounts.findById(TenantContext.require().id());
        if (account.isEmpty()) {
            return List.of();
        }
        try {
            return stripe.invoices(account.get().stripeCustomer());
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    /** The organization's Stripe customer, created once even when two admins click at once. */
    private String customer(Tenant organization) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(:space, :organization)")
                .setParameter("space", BILLING_LOCK_SPACE)
                .setParameter("organization", Math.toIntExact(organization.id()))
                .getSingleResult();
        return accounts.findById(organization.id())
                .map(BillingAccount::stripeCustomer)
                .orElseGet(() -> {
                    try {
                        String email = currentUser.get().map(LyceumUser::email).orElse(null);
                        String customer = stripe.createCustomer(organization, email);
                        accounts.save(new BillingAccount(organization.id(), customer, clock.instant()));
                        return customer;
                    } catch (StripeException e) {
                        throw unavailable(e);
                    }
                });
    }

    /** The billing page on the organization's own host: where Stripe sends the admin back. */
    private String pageUrl(Tenant organization, String query) {
        return tenancy.organizationUrl(tenancy.publicScheme(), organization.slug()) + "admin/billing" + query;
    }

    private static BillingException unavailable(StripeException e) {
        log.warn("Stripe refused or could not be reached: {}", e.getMessage());
        return new BillingException(ConstraintMessages.get("billing.stripe-unavailable"), e);
    }
}
