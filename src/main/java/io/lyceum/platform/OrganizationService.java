package io.lyceum.platform;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.StaffOnly;
import io.lyceum.identity.UserCreated;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantSchemas;
import io.lyceum.tenancy.TenantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Organizations across the platform: what the console shows and what sign-up and migrations record. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final PlanRepository plans;
    private final TenantMigrationRepository ledger;
    private final PluginService plugins;
    private final PlanPolicy policy;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    OrganizationService(
            OrganizationRepository organizations,
            PlanRepository plans,
            TenantMigrationRepository ledger,
            PluginService plugins,
            PlanPolicy policy,
            TransactionTemplate transaction,
            AuditLog audit) {
        this.audit = audit;
        this.organizations = organizations;
        this.plans = plans;
        this.ledger = ledger;
        this.plugins = plugins;
        this.policy = policy;
        this.transaction = transaction;
    }

    /** A plan staff may assign: its code and name. */
    public record PlanOption(String code, String name) {}

    private record PlanChange(Tenant tenant, String change) {}

    /** The plans on offer (not retired). */
    @Transactional(readOnly = true)
    @StaffOnly
    public List<PlanOption> plans() {
        return plans.findAll(Sort.by("sortOrder")).stream()
                .filter(plan -> !plan.retired())
                .map(plan -> new PlanOption(plan.code(), plan.name()))
                .toList();
    }

    /** The plans an organization may be moved to: those on offer, and its own even when retired. */
    @Transactional(readOnly = true)
    @StaffOnly
    public List<PlanOption> plansFor(String slug) {
        String own = organizations.findBySlug(slug).map(o -> o.plan().code()).orElse("");
        return plans.findAll(Sort.by("sortOrder")).stream()
                .filter(plan -> !plan.retired() || plan.code().equals(own))
                .map(plan -> new PlanOption(plan.code(), plan.name()))
                .toList();
    }

    /**
     * What the organization uses beyond the limits of plan {@code planCode}, counted in its own
     * schema: for staff to see before a downgrade. Empty when everything fits.
     */
    @StaffOnly
    public List<PlanUsage> overLimitOn(String slug, String planCode) {
        // Not in a transaction: the meters run in the organization's schema, in transactions of their own.
        Tenant tenant = transaction.execute(status -> organizations
                .findBySlug(slug)
                .map(Organization::toTenant)
                .orElseThrow(() -> new IllegalArgumentException("There is no organization " + slug)));
        return TenantContext.callAs(Objects.requireNonNull(tenant), () -> policy.overLimitOn(planCode));
    }

    /**
     * Staff assign an organization's plan (billing off): the plan's plugins that the organization
     * lacks are installed; plugins outside the new plan stay installed but inactive.
     */
    @StaffOnly
    public OrganizationSummary changePlan(String slug, String planCode) {
        var changed = transaction.execute(status -> {
            Organization organization = organizations
                    .findBySlug(slug)
                    .orElseThrow(() -> new IllegalArgumentException("There is no organization " + slug));
            Plan plan = plans.findById(planCode)
                    .orElseThrow(() -> new IllegalArgumentException("There is no plan " + planCode));
            if (plan.retired() && !plan.code().equals(organization.plan().code())) {
                throw new InvalidPlanException("", ConstraintMessages.get("plan.retired", plan.name()));
            }
            String change = organization.plan().code() + " → " + plan.code();
            organization.plan(plan);
            audit.recordForPlatform(organization.id(), PlanAssignments.PLAN_CHANGED, slug, change);
            return new PlanChange(organization.toTenant(), change);
        });
        // The organization's own schema, in a transaction of its own; its admins see the change in
        // their own log too.
        TenantContext.runAs(Objects.requireNonNull(changed).tenant(), () -> {
            plugins.installPlanPlugins();
            audit.recordNow(PlanAssignments.PLAN_CHANGED, null, changed.change());
        });
        return findBySlug(slug).orElseThrow();
    }

    @Transactional(readOnly = true)
    @StaffOnly
    public Page<OrganizationSummary> page(Pageable pageable) {
        return organizations.findAll(pageable).map(OrganizationSummary::of);
    }

    @Transactional(readOnly = true)
    @StaffOnly
    public long count() {
        return organizations.count();
    }

    @Transactional(readOnly = true)
    public boolean isSlugTaken(String slug) {
        return organizations.existsBySlug(slug);
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> findBySlug(String slug) {
        return organizations.findBySlug(slug).map(OrganizationSummary::of);
    }

    /** Organizations by state, for the health endpoint. */
    @Transactional(readOnly = true)
    public TenantCounts counts() {
        long total = organizations.count();
        long failed = organizations.countByStatus(TenantStatus.MIGRATION_FAILED);
        long active = organizations.countByStatus(TenantStatus.ACTIVE);
        return new TenantCounts(total, active, failed);
    }

    public record TenantCounts(long total, long migrated, long failed) {}

    @Transactional
    Tenant createProvisioning(Slug slug, String name, String planCode, Instant now) {
        Plan plan = plans.findById(planCode).orElseThrow(() -> new IllegalArgumentException("No plan " + planCode));
        if (plan.retired()) {
            // Organizations already on a retired plan keep it; nobody new signs up to it.
            throw new SignupException("", ConstraintMessages.get("plan.retired", plan.name()));
        }
        return organizations
                .saveAndFlush(new Organization(slug, name, plan, now))
                .toTenant();
    }

    /** {@code planCode} when it is on offer (not retired), else {@code fallback}. */
    @Transactional(readOnly = true)
    String offeredPlanOr(@Nullable String planCode, String fallback) {
        return planCode != null
                        && plans.findById(planCode)
                                .filter(plan -> !plan.retired())
                                .isPresent()
                ? planCode
                : fallback;
    }

    @Transactional
    void activate(long organizationId) {
        organizations.findById(organizationId).orElseThrow().activate();
    }

    @Transactional
    void recordMigration(
            long organizationId,
            TenantMigration.Trigger trigger,
            Instant started,
            Instant finished,
            MigrationOutcome outcome,
            @Nullable String error,
            TenantSchemas.@Nullable Applied applied) {
        String version = applied == null ? null : applied.version();
        Integer changeSets = applied == null ? null : applied.changeSets();
        organizations.findById(organizationId).ifPresent(organization -> {
            organization.migrated(outcome, finished, error, version, changeSets);
            ledger.save(new TenantMigration(
                    organizationId, trigger, started, finished, outcome, error, version, changeSets));
        });
    }

    @Transactional
    void delete(long organizationId) {
        organizations.deleteById(organizationId);
    }

    @Transactional(readOnly = true)
    List<Organization> withStatus(List<TenantStatus> statuses) {
        return organizations.findByStatusIn(statuses);
    }

    /** Keeps the console's user count without the console ever reading a tenant schema. */
    @EventListener
    void on(UserCreated event) {
        organizations.incrementUserCount(event.org());
    }
}
