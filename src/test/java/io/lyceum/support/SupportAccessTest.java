package io.lyceum.support;

import static io.lyceum.TestOrganizations.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.audit.AuditActor;
import io.lyceum.audit.AuditEntry;
import io.lyceum.audit.AuditFilter;
import io.lyceum.audit.AuditLog;
import io.lyceum.audit.AuditTrail;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.Roles;
import io.lyceum.tenancy.SupportMode;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support access over real HTTP: staff start a session in the console, their browser enters the
 * organization with a one-time token, every page they open is in both audit logs, writes are refused
 * by PostgreSQL itself, and an ended session signs them out.
 */
@LyceumIntegrationTest
class SupportAccessTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SupportAccess support;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    RawHttp http;
    Tenant acme;
    Tenant globex;

    @BeforeEach
    void orgs() {
        http = new RawHttp(port);
        acme = organizations.create("support-a");
        globex = organizations.create("support-g");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAsStaff() {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                new LyceumUser("", 7, "sam@lyceum.test", "Sam Support", Set.of(), true),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF)))));
    }

    private String host(Tenant tenant) {
        return tenant.slug() + ".lyceum.localhost:8080";
    }

    private SupportAccess.Started start(Tenant tenant) {
        signInAsStaff();
        try {
            return support.start(tenant.slug(), "Ticket 4711: certificate missing", Duration.ofMinutes(30));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Enters with the token and returns the support session's cookie. */
    private String enter(Tenant tenant, SupportAccess.Started started) throws Exception {
        var answer = http.get(host(tenant), started.entryPath(), "");
        assertThat(answer.status()).as("the entry redirects").isEqualTo(302);
        assertThat(answer.header("location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
        return answer.sessionCookie().orElseThrow();
    }

    private List<AuditEntry> orgLog(Tenant tenant, String action) {
        return asAdmin(
                tenant, () -> trail.search(new AuditFilter(null, action, null, null, null), PageRequest.of(0, 50)));
    }

    private List<AuditEntry> platformLog(Tenant tenant, String action) {
        signInAsStaff();
        try {
            return trail.searchPlatform(new AuditFilter(null, action, null, null, tenant.id()), PageRequest.of(0, 50));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void staff_enter_read_only_and_every_page_they_open_is_recorded_on_both_sides() throws Exception {
        String session = enter(acme, start(acme));

        var page = http.get(host(acme), "/admin/people", session);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Support mode, read-only");

        assertThat(orgLog(acme, SupportPageAudit.VIEWED))
                .extracting(AuditEntry::target, AuditEntry::actorKind, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "/admin/people", AuditActor.Kind.STAFF, "Ticket 4711: certificate missing"));
        assertThat(orgLog(acme, SupportAccess.ENTERED)).hasSize(1);
        assertThat(platformLog(acme, SupportPageAudit.VIEWED))
                .extracting(AuditEntry::target)
                .contains("/admin/people");
        assertThat(platformLog(acme, SupportAccess.STARTED))
                .extracting(AuditEntry::actor)
                .containsExactly("Sam Support <sam@lyceum.test>");
        assertThat(orgLog(globex, SupportPageAudit.VIEWED))
                .as("nothing in another org's log")
                .isEmpty();
    }

    @Test
    void an_entry_token_works_once_and_only_on_its_own_organization() throws Exception {
        var started = start(acme);
        assertThat(http.get(host(globex), started.entryPath(), "").status())
                .as("on another organization's host")
                .isEqualTo(404);
        enter(acme, started);
        assertThat(http.get(host(acme), started.entryPath(), "").status())
                .as("a second time")
                .isEqualTo(404);
        assertThat(http.get(host(acme), "/support/enter/made-up-token", "").status())
                .isEqualTo(404);
    }

    @Test
    void a_session_from_one_organization_is_refused_on_another() throws Exception {
        String session = enter(acme, start(acme));
        var elsewhere = http.get(host(globex), "/admin/people", session);
        assertThat(elsewhere.body()).doesNotContain("Support mode, read-only");
    }

    @Test
    void an_ended_session_signs_staff_out_at_their_next_request() throws Exception {
        var started = start(acme);
        String session = enter(acme, started);
        signInAsStaff();
        support.end(started.sessionId());
        SecurityContextHolder.clearContext();

        var after = http.get(host(acme), "/admin/people", session);
        assertThat(after.body()).doesNotContain("Support mode, read-only");
        assertThat(after.body()).as("the sign-in page instead").containsIgnoringCase("password");
        assertThat(platformLog(acme, SupportAccess.ENDED)).hasSize(1);
    }

    @Test
    void writes_in_support_mode_are_refused_by_the_database_and_the_audit_log_still_writes() {
        organizations.addUser(acme, "ada@example.com", "right-password-1", Role.STUDENT);
        var grant = new SupportGrant(
                1, acme.id(), "Ticket 1: looking", java.time.Instant.now().plusSeconds(600));
        var token = UsernamePasswordAuthenticationToken.authenticated(
                new LyceumUser(acme.slug(), -7, "sam@lyceum.test", "Sam Support", Set.of(Role.values()), true),
                null,
                List.of(
                        new SimpleGrantedAuthority(Role.ADMIN.authority()),
                        new SimpleGrantedAuthority(SupportMode.AUTHORITY)));
        token.setDetails(grant);
        SecurityContextHolder.setContext(new SecurityContextImpl(token));
        var transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> TenantContext.runAs(
                        acme,
                        () -> transaction.executeWithoutResult(
                                status -> audit.record("member.deleted", "should not be written", null))))
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause()
                .satisfies(cause -> assertThat(((SQLException) cause).getSQLState())
                        .as("read-only transaction")
                        .isEqualTo("25006"));
        TenantContext.runAs(acme, () -> audit.recordNow("support.page-viewed", "/admin", "kept"));
        SecurityContextHolder.clearContext();

        assertThat(orgLog(acme, "member.deleted")).isEmpty();
        assertThat(orgLog(acme, "support.page-viewed"))
                .extracting(AuditEntry::target)
                .contains("/admin");
    }

    @Test
    void only_staff_start_a_session_and_the_reason_and_organization_are_checked() {
        assertThatThrownBy(() -> asAdmin(
                        acme, () -> support.start(acme.slug(), "Ticket 4711: a reason", Duration.ofMinutes(30))))
                .as("an organization's admin")
                .isInstanceOf(AccessDeniedException.class);
        signInAsStaff();
        assertThatThrownBy(() -> support.start(acme.slug(), "short", Duration.ofMinutes(30)))
                .isInstanceOf(InvalidSupportRequestException.class)
                .hasMessage("support.reason.length");
        assertThatThrownBy(() -> support.start("no-such-org", "Ticket 4711: a reason", Duration.ofMinutes(30)))
                .isInstanceOf(InvalidSupportRequestException.class)
                .hasMessage("support.organization.unknown");
        assertThatThrownBy(() -> support.start(acme.slug(), "Ticket 4711: a reason", Duration.ofHours(5)))
                .isInstanceOf(InvalidSupportRequestException.class)
                .hasMessage("support.length.range");
    }
}
