package io.lyceum.platform;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantSchemas;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Self-service sign-up: creates the organization row, its schema, migrates it and creates the admin
 * as one unit. Any failure drops the schema and removes the row, so no half organization remains.
 */
@Service
@Validated
public class SignupService {

    public static final String DEFAULT_PLAN = "FREE";
    private static final Logger log = LoggerFactory.getLogger(SignupService.class);

    private final OrganizationService organizations;
    private final TenantSchemas schemas;
    private final UserService users;
    private final PluginService plugins;
    private final List<ProvisioningHook> hooks;
    private final TransactionTemplate transaction;
    private final SignupThrottle throttle;
    private final Clock clock;

    SignupService(
            OrganizationService organizations,
            TenantSchemas schemas,
            UserService users,
            PluginService plugins,
            List<ProvisioningHook> hooks,
            TransactionTemplate transaction,
            SignupThrottle throttle,
            Clock clock) {
        this.throttle = throttle;
        this.organizations = organizations;
        this.schemas = schemas;
        this.users = users;
        this.plugins = plugins;
        this.hooks = hooks;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Whether an address is taken, for the form to say so as it is typed. */
    public boolean isSlugTaken(String slug) {
        return organizations.isSlugTaken(slug);
    }

    /**
     * A sign-up from the public form: a valid request counts against the limits for its address
     * and for everyone, and is refused with the wait when they are used up.
     */
    public Tenant signUpFrom(String address, @Valid SignupRequest request) {
        requireFreeSlug(request);
        throttle.refusal(address).ifPresent(refusal -> {
            log.warn("Sign-up from {} refused by the throttle", address);
            throw new SignupException("", refusal);
        });
        return provision(request, DEFAULT_PLAN);
    }

    public Tenant signUp(@Valid SignupRequest request) {
        return signUp(request, DEFAULT_PLAN);
    }

    /** Sign-up without the public form's limits: demo data, staff tooling, tests. */
    public Tenant signUp(@Valid SignupRequest request, String planCode) {
        requireFreeSlug(request);
        return provision(request, planCode);
    }

    /** Creates the organization from a request already checked. */
    private Tenant provision(SignupRequest request, String planCode) {
        Instant started = clock.instant();
        Tenant tenant;
        try {
            tenant = organizations.createProvisioning(
                    new Slug(request.slug()), request.organizationName(), planCode, started);
        } catch (DataIntegrityViolationException raced) {
            throw new SignupException("slug", ConstraintMessages.get(SLUG_TAKEN));
        }
        try {
            schemas.create(tenant.schema());
            var applied = schemas.migrate(tenant.schema());
            TenantContext.runAs(
                    tenant,
                    () -> transaction.executeWithoutResult(status -> {
                        users.create(new NewUser(
                                request.email(), request.adminName(), request.password(), Set.of(Role.ADMIN)));
                        plugins.installPlanPlugins();
                        hooks.forEach(hook -> hook.provision(tenant));
                    }));
            organizations.recordMigration(
                    tenant.id(),
                    TenantMigration.Trigger.SIGNUP,
                    started,
                    clock.instant(),
                    MigrationOutcome.SUCCEEDED,
                    null,
                    applied);
            organizations.activate(tenant.id());
        } catch (RuntimeException failure) {
            undo(tenant);
            if (failure instanceof InvalidUserException invalid) {
                throw new SignupException(
                        invalid.field().equals("displayName") ? "adminName" : invalid.field(), invalid.getMessage());
            }
            log.error("Sign-up of {} failed and was undone", tenant.slug(), failure);
            throw new SignupException(
                    "We could not set up your organization. Nothing was kept; please try again.", failure);
        }
        log.info(
                "Organization {} signed up in {} ms",
                tenant.slug(),
                Duration.between(started, clock.instant()).toMillis());
        return tenant;
    }

    /** The message key of an address that another organization has. */
    public static final String SLUG_TAKEN = "slug.taken";

    private void requireFreeSlug(SignupRequest request) {
        if (organizations.isSlugTaken(request.slug())) {
            throw new SignupException("slug", ConstraintMessages.get(SLUG_TAKEN));
        }
    }

    private void undo(Tenant tenant) {
        try {
            schemas.drop(tenant.schema());
        } finally {
            organizations.delete(tenant.id());
        }
    }
}
