package io.lyceum.platform;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single place that knows plan limits (seed 000, "plan enforcement consistency"). The UI asks it
 * ({@link #check}) to disable a button and show the reason; the service {@link #reserve reserves}
 * the place in the transaction that takes it and refuses with the same reason, in the reader's
 * language.
 */
@Service
public class PlanPolicy {

    /** The first key of the organizations' plan locks: the second is the organization's id. */
    static final int PLAN_LOCK_SPACE = 0x504c414e; // "PLAN"

    private final PlanRepository plans;
    // Resolved per check: meters belong to modules that themselves ask the policy.
    private final ObjectProvider<UsageMeter> meters;
    private final EntityManager entityManager;

    PlanPolicy(PlanRepository plans, ObjectProvider<UsageMeter> meters, EntityManager entityManager) {
        this.plans = plans;
        this.meters = meters;
        this.entityManager = entityManager;
    }

    /** Whether the action fits the plan now: for a button and its reason. Decides nothing. */
    @Transactional(readOnly = true)
    public PlanDecision check(PlanAction action) {
        Tenant tenant = TenantContext.require();
        Plan plan = plan(tenant);
        Integer limit = plan.limit(action);
        return limit == null ? PlanDecision.allow() : decide(action, plan, limit, 1);
    }

    /**
     * Whether the organization's plan includes the feature, and if not why: for the page that offers
     * it and for the service, which refuses with the same reason ({@link PlanDecision#orThrow()}).
     */
    @Transactional(readOnly = true)
    public PlanDecision check(PlanFeature feature) {
        Plan plan = plan(TenantContext.require());
        return plan.allows(feature)
                ? PlanDecision.allow()
                : PlanDecision.deny(ConstraintMessages.get(feature.deniedMessage(), plan.name()));
    }

    /**
     * Takes a place for the action in the caller's transaction, or refuses with the plan's reason.
     * Check and act are one: the organization's plan lock is held until the caller's transaction
     * ends, so a second admin (or a CSV import) at the limit waits, then counts the first one's
     * place. Call it in the transaction that writes what the plan counts, before writing it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(PlanAction action) {
        reserve(action, 1);
    }

    /** {@link #reserve(PlanAction)} for {@code amount} of what the action's meter counts (bytes of a file). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(PlanAction action, long amount) {
        Tenant tenant = TenantContext.require();
        Plan plan = plan(tenant);
        Integer limit = plan.limit(action);
        if (limit == null) {
            return;
        }
        // Released by PostgreSQL at commit or rollback; taken on the tenant's own connection.
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(:space, :organization)")
                .setParameter("space", PLAN_LOCK_SPACE)
                .setParameter("organization", Math.toIntExact(tenant.id()))
                .getSingleResult();
        decide(action, plan, limit, amount).orThrow();
    }

    /** What the organization uses of each limited thing, against its plan. */
    @Transactional(readOnly = true)
    public List<PlanUsage> usage() {
        Plan plan = plan(TenantContext.require());
        return Arrays.stream(PlanAction.values())
                .map(action -> {
                    long used = used(action);
                    // Bytes count as whole MB begun, so that a nearly full plan never reads as empty.
                    long inUnits = (used + action.unit() - 1) / action.unit();
                    return new PlanUsage(action, inUnits, plan.limit(action));
                })
                .toList();
    }

    /**
     * Every plan on offer, cheapest first, with its limits: for comparing on the billing page.
     * Retired plans are left out, but for the organization's own: it keeps what it is on.
     */
    @Transactional(readOnly = true)
    public List<PlanOffer> offers() {
        String own = TenantContext.current().map(Tenant::planCode).orElse(null);
        return plans.findAll(Sort.by("sortOrder")).stream()
                .filter(plan -> !plan.retired() || plan.code().equals(own))
                .map(plan -> {
                    Map<PlanAction, Integer> limits = new EnumMap<>(PlanAction.class);
                    for (PlanAction action : PlanAction.values()) {
                        Integer limit = plan.limit(action);
                        if (limit != null) {
                            limits.put(action, limit);
                        }
                    }
                    return new PlanOffer(
                            plan.code(),
                            plan.name(),
                            plan.monthlyPriceCents(),
                            plan.yearlyPriceCents(),
                            plan.stripePrice(BillingInterval.MONTH),
                            plan.stripePrice(BillingInterval.YEAR),
                            limits);
                })
                .toList();
    }

    /**
     * What the organization in context uses beyond the limits of plan {@code planCode}: one entry
     * per limit it would exceed (with that plan's limit), none when everything fits. Shown before
     * staff move an organization to a smaller plan.
     */
    @Transactional(readOnly = true)
    public List<PlanUsage> overLimitOn(String planCode) {
        TenantContext.require();
        Plan target = plans.findById(planCode).orElseThrow(() -> new IllegalArgumentException("No plan " + planCode));
        return Arrays.stream(PlanAction.values())
                .<PlanUsage>mapMulti((action, over) -> {
                    Integer limit = target.limit(action);
                    if (limit != null) {
                        long used = used(action);
                        if (used > limit * action.unit()) {
                            over.accept(new PlanUsage(action, (used + action.unit() - 1) / action.unit(), limit));
                        }
                    }
                })
                .toList();
    }

    private long used(PlanAction action) {
        return meters.orderedStream()
                .filter(meter -> meter.action() == action)
                .mapToLong(UsageMeter::usage)
                .sum();
    }

    private Plan plan(Tenant tenant) {
        return plans.findById(tenant.planCode())
                .orElseThrow(() -> new IllegalStateException("No plan " + tenant.planCode()));
    }

    private PlanDecision decide(PlanAction action, Plan plan, int limit, long amount) {
        long used = used(action);
        return used + amount <= limit * action.unit()
                ? PlanDecision.allow()
                : PlanDecision.deny(ConstraintMessages.get(action.limitMessage(), plan.name(), limit));
    }

    /**
     * Whether the {@code position}-th of what the organization has of the action's kind (1 for the
     * first, counted as its meter counts and in the order its module keeps) is within the plan: after
     * a move to a smaller plan nothing is deleted, but what is past the limit stays read-only, with
     * the reason, until a place frees up or the plan grows. Computed at every call, so an upgrade
     * makes it editable again. Decides nothing and takes no place; for things counted one by one
     * (courses, today the only action with words for it: {@code plan.limit.courses.read-only}).
     */
    @Transactional(readOnly = true)
    public PlanDecision withinPlan(PlanAction action, long position) {
        if (action.unit() != 1) {
            throw new IllegalArgumentException(action + " is not counted one by one");
        }
        Plan plan = plan(TenantContext.require());
        Integer limit = plan.limit(action);
        return limit == null || position <= limit
                ? PlanDecision.allow()
                : PlanDecision.deny(
                        ConstraintMessages.get(action.limitMessage() + ".read-only", plan.name(), limit, used(action)));
    }
}
