package io.lyceum.platform;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single place that knows plan limits (seed 000, "plan enforcement consistency"). The UI asks it
 * to disable a button and show the reason; the service asks again and refuses with the same reason,
 * in the reader's language.
 */
@Service
public class PlanPolicy {

    private final PlanRepository plans;
    // Resolved per check: meters belong to modules that themselves ask the policy.
    private final ObjectProvider<UsageMeter> meters;

    PlanPolicy(PlanRepository plans, ObjectProvider<UsageMeter> meters) {
        this.plans = plans;
        this.meters = meters;
    }

    @Transactional(readOnly = true)
    public PlanDecision check(PlanAction action) {
        Tenant tenant = TenantContext.require();
        Plan plan = plans.findById(tenant.planCode())
                .orElseThrow(() -> new IllegalStateException("No plan " + tenant.planCode()));
        Integer limit = plan.limit(action);
        if (limit == null) {
            return PlanDecision.allow();
        }
        long used = meters.orderedStream()
                .filter(meter -> meter.action() == action)
                .mapToLong(UsageMeter::usage)
                .sum();
        return used < limit
                ? PlanDecision.allow()
                : PlanDecision.deny(ConstraintMessages.get(action.limitMessage(), plan.name(), limit));
    }
}
