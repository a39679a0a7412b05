package io.lyceum.platform;

import io.lyceum.audit.AuditActor;
import io.lyceum.audit.AuditLog;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Plans as billing sees them: which plan a Stripe price sells, and moving an organization onto the
 * plan its subscription pays for. Staff assign plans through {@link OrganizationService} instead.
 */
@Service
public class PlanAssignments {

    /** The plan every organization falls back to: no subscription, or one that ended. */
    public static final String FREE = SignupService.DEFAULT_PLAN;

    /** The audit action of a change of plan, by billing or by staff. */
    static final String PLAN_CHANGED = "plan.changed";

    /** A plan and how often it is paid at one Stripe price. */
    public record PlanPrice(String planCode, String planName, BillingInterval interval) {}

    private final PlanRepository plans;
    private final OrganizationRepository organizations;
    private final PluginService plugins;
    private final AuditLog audit;

    PlanAssignments(PlanRepository plans, OrganizationRepository organizations, PluginService plugins, AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.organizations = organizations;
        this.plugins = plugins;
    }

    /** The plan a Stripe price belongs to, retired or not: an old subscription keeps its plan. */
    @Transactional(readOnly = true)
    public Optional<PlanPrice> planForStripePrice(String priceId) {
        return plans.findByStripeMonthlyPriceOrStripeYearlyPrice(priceId, priceId)
                .map(plan -> new PlanPrice(
                        plan.code(),
                        plan.name(),
                        priceId.equals(plan.stripePrice(BillingInterval.MONTH))
                                ? BillingInterval.MONTH
                                : BillingInterval.YEAR));
    }

    /** The Stripe price to sell a plan at, if it is on sale (not retired, a price set). */
    @Transactional(readOnly = true)
    public Optional<String> stripePrice(String planCode, BillingInterval interval) {
        return plans.findById(planCode).filter(plan -> !plan.retired()).map(plan -> plan.stripePrice(interval));
    }

    /** Organizations by id, in one query (the console's billing page). */
    @Transactional(readOnly = true)
    public Map<Long, Tenant> organizations(Collection<Long> organizationIds) {
        return organizations.findAllById(organizationIds).stream()
                .collect(Collectors.toMap(Organization::id, Organization::toTenant));
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> organization(long organizationId) {
        return organizations.findById(organizationId).map(Organization::toTenant);
    }

    /**
     * Puts the organization on the plan in the caller's transaction; the organization as it is
     * after, or empty when it was on that plan already. Call {@link #installPlanPlugins} after commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Tenant> assign(long organizationId, String planCode) {
        Organization organization = organizations.findById(organizationId).orElseThrow();
        if (organization.plan().code().equals(planCode)) {
            return Optional.empty();
        }
        Plan plan = plans.findById(planCode).orElseThrow(() -> new IllegalArgumentException("No plan " + planCode));
        String before = organization.plan().code();
        organization.plan(plan);
        // Billing's own transaction (the webhook's or the grace sweep's), as Lyceum.
        audit.recordForPlatform(
                AuditActor.system(),
                organization.id(),
                PLAN_CHANGED,
                organization.slug(),
                before + " → " + planCode + " (billing)");
        return Optional.of(organization.toTenant());
    }

    /**
     * Installs the plan's plugins the organization lacks, in its own schema; plugins outside the plan
     * stay installed and inactive, with their data. Outside any transaction: the organization's schema
     * is chosen when a session opens.
     */
    public void installPlanPlugins(@Nullable Tenant organization) {
        if (organization == null) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Plugins are installed after the plan change commits");
        }
        TenantContext.runAs(organization, plugins::installPlanPlugins);
    }
}
