package io.lyceum;

import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Creates organizations through the real sign-up, each with a fresh slug, so that tests never
 * depend on each other or on what an external test database already holds.
 */
@TestComponent
public class TestOrganizations {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ADMIN_PASSWORD = "keys-to-the-castle-1";
    public static final String FAILING_PREFIX = FailingProvisioningHook.FAILING_PREFIX;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final SignupService signups;
    private final UserService users;
    private final TenantDirectory directory;
    private final JdbcTemplate jdbc;

    TestOrganizations(SignupService signups, UserService users, TenantDirectory directory, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.signups = signups;
        this.users = users;
        this.directory = directory;
    }

    /** The organization as the host filter sees it now (after a plan change, say). */
    public Tenant reload(String slug) {
        return directory.findBySlug(slug).orElseThrow().tenant();
    }

    /**
     * Stores an organization's brand colour as the branding page will (that page is the admin
     * panel's work) and returns the organization as the host filter now sees it.
     */
    public Tenant brand(Tenant tenant, String colour) {
        jdbc.update("update platform.organization set primary_color = ? where id = ?", colour, tenant.id());
        return reload(tenant.slug());
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public Tenant create(String prefix, String plan) {
        String slug = uniqueSlug(prefix);
        return signups.signUp(new SignupRequest("Org " + slug, slug, "Ada Admin", ADMIN_EMAIL, ADMIN_PASSWORD), plan);
    }

    public Tenant create(String prefix) {
        return create(prefix, "PRO");
    }

    public void addUser(Tenant tenant, String email, String password, Role... roles) {
        TenantContext.runAs(tenant, () -> users.create(new NewUser(email, "User " + email, password, Set.of(roles))));
    }

    /** The principal a member would have after signing in on the organization's host. */
    public LyceumUser principal(Tenant tenant, String email) {
        var member = asAdmin(tenant, () -> users.findByEmail(email)).orElseThrow();
        return new LyceumUser(tenant.slug(), member.id(), member.email(), member.displayName(), member.roles(), false);
    }

    /**
     * Runs work for the organization as one of its admins would (a test's look-up of members, which
     * the services keep to admins and instructors), then puts back who was signed in before.
     */
    public static <T> T asAdmin(Tenant tenant, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        signIn(new LyceumUser(tenant.slug(), 0, "test-admin@lyceum.test", "Test admin", Set.of(Role.ADMIN), false));
        try {
            return TenantContext.callAs(tenant, work);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Signs the member in on this thread, as the login filter would for a request. */
    public static void signIn(LyceumUser user) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())));
    }
}
