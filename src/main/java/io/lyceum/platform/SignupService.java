package io.lyceum.platform;

import io.lyceum.identity.EmailAddress;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.PasswordPolicy;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantSchemas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-service sign-up: creates the organization row, its schema, migrates it and creates the admin
 * as one unit. Any failure drops the schema and removes the row, so no half organization remains.
 */
@Service
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

    /** Every problem with the request by field, in words for the person typing it. */
    public Map<String, String> problems(SignupRequest request) {
        var problems = new LinkedHashMap<String, String>();
        organizationNameProblem(request.organizationName())
                .ifPresent(problem -> problems.put("organizationName", problem));
        slugProblem(request.slug()).ifPresent(problem -> problems.put("slug", problem));
        adminNameProblem(request.adminName()).ifPresent(problem -> problems.put("adminName", problem));
        EmailAddress.problem(request.email()).ifPresent(problem -> problems.put("email", problem));
        PasswordPolicy.problem(request.password(), request.email())
                .ifPresent(problem -> problems.put("password", problem));
        return problems;
    }

    public static Optional<String> organizationNameProblem(String name) {
        return nameProblem(name, SignupRequest.ORGANIZATION_NAME_MAX_LENGTH, "Enter your organization's name");
    }

    public static Optional<String> adminNameProblem(String name) {
        return nameProblem(name, NewUser.NAME_MAX_LENGTH, "Enter your name");
    }

    private static Optional<String> nameProblem(String name, int maxLength, String whenEmpty) {
        if (name.isBlank()) {
            return Optional.of(whenEmpty);
        }
        return name.strip().length() > maxLength
                ? Optional.of("Use at most " + maxLength + " characters")
                : Optional.empty();
    }

    /** Format, reserved words and availability of an address, as checked while it is typed. */
    public Optional<String> slugProblem(String slug) {
        return Slug.problem(slug)
                .or(() -> organizations.isSlugTaken(slug)
                        ? Optional.of("This address is already taken")
                        : Optional.empty());
    }

    /**
     * A sign-up from the public form: a valid request counts against the limits for its address
     * and for everyone, and is refused with the wait when they are used up.
     */
    public Tenant signUpFrom(String address, SignupRequest request) {
        firstProblem(request);
        throttle.refusal(address).ifPresent(refusal -> {
            log.warn("Sign-up from {} refused by the throttle", address);
            throw new SignupException("", refusal);
        });
        return provision(request, DEFAULT_PLAN);
    }

    public Tenant signUp(SignupRequest request) {
        return signUp(request, DEFAULT_PLAN);
    }

    /** Sign-up without the public form's limits: demo data, staff tooling, tests. */
    public Tenant signUp(SignupRequest request, String planCode) {
        firstProblem(request);
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
            throw new SignupException("slug", "This address is already taken");
        }
        try {
            schemas.create(tenant.schema());
            schemas.migrate(tenant.schema());
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
                    null);
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

    private void firstProblem(SignupRequest request) {
        problems(request).entrySet().stream().findFirst().ifPresent(problem -> {
            throw new SignupException(problem.getKey(), problem.getValue());
        });
    }

    private void undo(Tenant tenant) {
        try {
            schemas.drop(tenant.schema());
        } finally {
            organizations.delete(tenant.id());
        }
    }
}
