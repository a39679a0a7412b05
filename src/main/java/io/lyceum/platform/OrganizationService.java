package io.lyceum.platform;

import io.lyceum.identity.StaffOnly;
import io.lyceum.identity.UserCreated;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
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
    private final TransactionTemplate transaction;

    OrganizationService(
            OrganizationRepository organizations,
            PlanRepository plans,
            TenantMigrationRepository ledger,
            PluginService plugins,
            TransactionTemplate transaction) {
        this.organizations = organizations;
        this.plans = plans;
        this.ledger = ledger;
        this.plugins = plugins;
        this.transaction = transaction;
    }

    /** A plan staff may assign: its code and name. */
    public record PlanOption(String code, String name) {}

    @Transactional(readOnly = true)
    @StaffOnly
    public List<PlanOption> plans() {
        return plans.findAll(Sort.by("sortOrder")).stream()
                .map(plan -> new PlanOption(plan.code(), plan.name()))
                .toList();
    }

    /**
     * Staff assign an organization's plan (billing off): the plan's plugins that the organization
     * lacks are installed; plugins outside the new plan stay installed but inactive.
     */
    @StaffOnly
    public OrganizationSummary changePlan(String slug, String planCode) {
        var tenant = transaction.execute(status -> {
            Organization organization = organizations
                    .findBySlug(slug)
                    .orElseThrow(() -> new IllegalArgumentException("There is no organization " + slug));
            Plan plan = plans.findById(planCode)
                    .orElseThrow(() -> new IllegalArgumentException("There is no plan " + planCode));
            organization.plan(plan);
            return organization.toTenant();
        });
        // The organization's own schema, in a transaction of its own.
        TenantContext.runAs(Objects.requireNonNull(tenant), plugins::installPlanPlugins);
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
        return organizations
                .saveAndFlush(new Organization(slug, name, plan, now))
                .toTenant();
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
            @Nullable String error) {
        organizations.findById(organizationId).ifPresent(organization -> {
            organization.migrated(outcome, finished, error);
            ledger.save(new TenantMigration(organizationId, trigger, started, finished, outcome, error));
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
