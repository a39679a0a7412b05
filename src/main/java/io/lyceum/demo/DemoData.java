package io.lyceum.demo;

import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.DatabaseMode;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Two demo organizations on a fresh embedded database, so that a new user can sign in at once, then
 * their content ({@link DemoCourses}). The same emails exist in both with different passwords: each
 * organization is its own world. Off with {@code lyceum.demo=false}; never against an external
 * database unless {@code lyceum.demo=true}.
 */
@Component
class DemoData implements ApplicationRunner {

    /** Logins listed in the README; keep the two in step. */
    static final List<DemoOrg> ORGS = List.of(
            new DemoOrg(
                    "acme",
                    "Acme Academy",
                    "PRO",
                    List.of(
                            new DemoUser("admin@example.com", "Alice Archer", "acme-lantern-26", Role.ADMIN),
                            new DemoUser("instructor@example.com", "Ian Ingram", "acme-compass-26", Role.INSTRUCTOR),
                            new DemoUser("student@example.com", "Zoë Łukasiewicz", "acme-meadow-26", Role.STUDENT),
                            new DemoUser("student2@example.com", "Sam Sato", "acme-harbor-26", Role.STUDENT))),
            new DemoOrg(
                    "globex",
                    "Globex Training",
                    "FREE",
                    List.of(
                            new DemoUser("admin@example.com", "Greta Gold", "globex-lantern-26", Role.ADMIN),
                            new DemoUser("instructor@example.com", "Hugo Hart", "globex-compass-26", Role.INSTRUCTOR),
                            new DemoUser("student@example.com", "Jürgen Groß", "globex-meadow-26", Role.STUDENT),
                            new DemoUser("student2@example.com", "Priya Patel", "globex-harbor-26", Role.STUDENT))));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SignupService signups;
    private final OrganizationService organizations;
    private final UserService users;
    private final DatabaseMode mode;
    private final TenancyProperties tenancy;
    private final String demo;
    private final DemoCourses content;

    DemoData(
            SignupService signups,
            OrganizationService organizations,
            UserService users,
            DatabaseMode mode,
            TenancyProperties tenancy,
            @Value("${lyceum.demo:}") String demo,
            DemoCourses content) {
        this.signups = signups;
        this.organizations = organizations;
        this.users = users;
        this.mode = mode;
        this.tenancy = tenancy;
        this.demo = demo;
        this.content = content;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = demo.isBlank() ? mode.embedded() : Boolean.parseBoolean(demo);
        if (!wanted || ORGS.stream().anyMatch(org -> organizations.isSlugTaken(org.slug()))) {
            return;
        }
        var lines = new StringBuilder("\n========== Lyceum demo organizations ==========");
        var created = new ArrayList<Created>();
        for (DemoOrg org : ORGS) {
            DemoUser admin = org.users().getFirst();
            Tenant tenant = signups.signUp(
                    new SignupRequest(org.name(), org.slug(), admin.name(), admin.email(), admin.password()),
                    org.plan());
            var members = TenantContext.callAs(
                    tenant,
                    () -> org.users().stream()
                            .skip(1)
                            .map(user -> users.create(
                                    new NewUser(user.email(), user.name(), user.password(), Set.of(user.role()))))
                            .toList());
            created.add(new Created(tenant, members));
            lines.append("\n")
                    .append(tenancy.organizationUrl("http", org.slug()))
                    .append(" (")
                    .append(org.plan())
                    .append(" plan)");
            org.users()
                    .forEach(user -> lines.append("\n    ")
                            .append(user.role())
                            .append(": ")
                            .append(user.email())
                            .append(" / ")
                            .append(user.password()));
        }
        created.forEach(content::addTo);
        log.info(lines.append("\n===============================================")
                .toString());
    }

    record DemoOrg(String slug, String name, String plan, List<DemoUser> users) {}

    record DemoUser(String email, String name, String password, Role role) {}

    /**
     * A demo organization just created and its members besides the admin: its content is made as
     * these members (nobody is signed in at start-up to look them up).
     */
    record Created(Tenant tenant, List<UserSummary> members) {

        Created {
            members = List.copyOf(members);
        }

        Optional<UserSummary> member(String email) {
            return members.stream()
                    .filter(member -> member.email().equalsIgnoreCase(email))
                    .findFirst();
        }
    }
}
