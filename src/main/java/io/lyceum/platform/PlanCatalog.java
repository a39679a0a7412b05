package io.lyceum.platform;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.StaffOnly;
import io.lyceum.plugin.LyceumPlugin;
import io.lyceum.plugin.PluginRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff edit the plans in the console: prices, limits, plugins, the Stripe prices they are sold at.
 * A plan some organization is on is never deleted, only retired: then it is no longer offered, and
 * the organizations on it keep it. Every rule is checked here, whatever the form checked before.
 */
@Service
@Validated
public class PlanCatalog {

    private final PlanRepository plans;
    private final OrganizationRepository organizations;
    private final PluginRegistry registry;

    PlanCatalog(PlanRepository plans, OrganizationRepository organizations, PluginRegistry registry) {
        this.plans = plans;
        this.organizations = organizations;
        this.registry = registry;
    }

    /** Every plan, retired ones too, in the order organizations compare them. */
    @Transactional(readOnly = true)
    @StaffOnly
    public List<PlanEntry> plans() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : organizations.countByPlan()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return plans.findAll(Sort.by("sortOrder", "code")).stream()
                .map(plan -> entry(plan, counts.getOrDefault(plan.code(), 0L)))
                .toList();
    }

    /** The plugin ids a plan may include: those this build ships. */
    @StaffOnly
    public List<String> pluginIds() {
        return registry.all().stream().map(LyceumPlugin::id).toList();
    }

    /** A new plan, offered at once, listed after the others. */
    @Transactional
    @StaffOnly
    public PlanEntry create(
            @Pattern(regexp = PlanForm.CODE, message = "{plan.code.format}") String code, @Valid PlanForm form) {
        if (plans.existsById(code)) {
            throw new InvalidPlanException("code", ConstraintMessages.get("plan.code.taken", code));
        }
        requireConsistent(code, form, Set.of());
        int last = plans.findAll().stream().mapToInt(Plan::sortOrder).max().orElse(0);
        try {
            Plan plan = plans.saveAndFlush(new Plan(code, last + 1, form));
            return entry(plan, 0);
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidPlanException("code", ConstraintMessages.get("plan.code.taken", code));
        }
    }

    /** Saves staff's changes, or refuses them when someone saved the plan since it was read. */
    @Transactional
    @StaffOnly
    public PlanEntry update(String code, long expectedVersion, @Valid PlanForm form) {
        Plan plan = existing(code);
        requireVersion(plan, expectedVersion);
        requireConsistent(code, form, plan.plugins());
        plan.apply(form);
        return flushed(plan);
    }

    /** Retires a plan (no longer offered; organizations on it keep it) or offers it again. */
    @Transactional
    @StaffOnly
    public PlanEntry retire(String code, long expectedVersion, boolean retired) {
        Plan plan = existing(code);
        requireVersion(plan, expectedVersion);
        plan.retired(retired);
        return flushed(plan);
    }

    /** Deletes a plan no organization is on; one in use can only be retired. */
    @Transactional
    @StaffOnly
    public void delete(String code, long expectedVersion) {
        Plan plan = existing(code);
        requireVersion(plan, expectedVersion);
        if (organizations.existsByPlanCode(code)) {
            throw new InvalidPlanException("", ConstraintMessages.get("plan.delete.in-use", plan.name()));
        }
        try {
            plans.delete(plan);
            plans.flush();
        } catch (DataIntegrityViolationException referenced) {
            // An organization moved onto it meanwhile, or a billing record still names it.
            throw new InvalidPlanException("", ConstraintMessages.get("plan.delete.in-use", plan.name()));
        } catch (ObjectOptimisticLockingFailureException stale) {
            throw new InvalidPlanException("", ConstraintMessages.get("plan.conflict", plan.name()));
        }
    }

    private Plan existing(String code) {
        return plans.findById(code)
                .orElseThrow(() -> new InvalidPlanException("", ConstraintMessages.get("plan.missing", code)));
    }

    private static void requireVersion(Plan plan, long expectedVersion) {
        if (plan.version() != expectedVersion) {
            throw new InvalidPlanException("", ConstraintMessages.get("plan.conflict", plan.name()));
        }
    }

    /**
     * What needs more than the form: plugins this build knows (a plan keeps the ids it already has,
     * for plugins yet to ship), Stripe prices no other plan uses.
     */
    private void requireConsistent(String code, PlanForm form, Set<String> alreadyThere) {
        Set<String> known = registry.all().stream().map(LyceumPlugin::id).collect(Collectors.toSet());
        form.plugins().stream()
                .filter(id -> !known.contains(id) && !alreadyThere.contains(id))
                .sorted()
                .findFirst()
                .ifPresent(unknown -> {
                    throw new InvalidPlanException("plugins", ConstraintMessages.get("plan.plugin.unknown", unknown));
                });
        if (form.stripeMonthlyPrice() != null && Objects.equals(form.stripeMonthlyPrice(), form.stripeYearlyPrice())) {
            throw new InvalidPlanException("stripeYearlyPrice", ConstraintMessages.get("plan.stripe-price.same"));
        }
        List<Plan> others = plans.findAll().stream()
                .filter(other -> !other.code().equals(code))
                .toList();
        requireUnused("stripeMonthlyPrice", form.stripeMonthlyPrice(), others);
        requireUnused("stripeYearlyPrice", form.stripeYearlyPrice(), others);
    }

    private static void requireUnused(String field, @Nullable String price, List<Plan> others) {
        if (price == null) {
            return;
        }
        for (Plan other : others) {
            for (BillingInterval interval : BillingInterval.values()) {
                if (price.equals(other.stripePrice(interval))) {
                    throw new InvalidPlanException(
                            field,
                            ConstraintMessages.get(
                                    "plan.stripe-price.taken",
                                    price,
                                    other.name(),
                                    other.code(),
                                    interval.name().toLowerCase(Locale.ROOT)));
                }
            }
        }
    }

    private PlanEntry flushed(Plan plan) {
        try {
            plans.flush();
        } catch (ObjectOptimisticLockingFailureException stale) {
            throw new InvalidPlanException("", ConstraintMessages.get("plan.conflict", plan.name()));
        } catch (DataIntegrityViolationException raced) {
            // Two plans given the same Stripe price at once: the database's unique index decides.
            throw new InvalidPlanException("", ConstraintMessages.get("plan.stripe-price.raced"));
        }
        return entry(
                plan,
                organizations.countByPlan().stream()
                        .filter(row -> plan.code().equals(row[0]))
                        .mapToLong(row -> (Long) row[1])
                        .sum());
    }

    private static PlanEntry entry(Plan plan, long organizations) {
        return new PlanEntry(plan.code(), plan.version(), plan.form(), plan.retired(), organizations);
    }
}
