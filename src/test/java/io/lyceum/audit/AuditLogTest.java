package io.lyceum.audit;

import static io.lyceum.TestOrganizations.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log keeps each organization's records in its own schema, records sign-ins and failures
 * from the host they happened on, and leaves no record of a change that rolled back.
 */
@LyceumIntegrationTest
class AuditLogTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    Tenant acme;
    Tenant globex;

    @BeforeEach
    void orgs() {
        acme = organizations.create("audit-a");
        globex = organizations.create("audit-g");
    }

    private List<AuditEntry> entries(Tenant tenant, AuditFilter filter) {
        return asAdmin(tenant, () -> trail.search(filter, PageRequest.of(0, 50)));
    }

    @Test
    void a_record_lands_in_its_own_organization_only() {
        asAdmin(acme, () -> {
            log.record("course.deleted", "Fire safety", null);
            return null;
        });
        assertThat(entries(acme, AuditFilter.none()))
                .extracting(AuditEntry::action, AuditEntry::target, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "course.deleted", "Fire safety", "Test admin <test-admin@lyceum.test>"));
        assertThat(entries(globex, AuditFilter.none()))
                .extracting(AuditEntry::action)
                .doesNotContain("course.deleted");
    }

    @Test
    void a_change_that_rolls_back_leaves_no_record_but_record_now_stays() {
        var transaction = new TransactionTemplate(transactions);
        asAdmin(acme, () -> {
            transaction.executeWithoutResult(status -> {
                log.record("member.deleted", "rolled back", null);
                log.recordNow(AuditActor.system(), "member.deleted", "kept", null);
                status.setRollbackOnly();
            });
            return null;
        });
        assertThat(entries(acme, new AuditFilter(null, "member.deleted", null, null, null)))
                .extracting(AuditEntry::target)
                .containsExactly("kept");
    }

    @Test
    void sign_ins_and_failures_are_recorded_on_the_host_they_happened_on() throws Exception {
        organizations.addUser(acme, "ada@example.com", "right-password-1", Role.STUDENT);
        var http = new RawHttp(port);
        String host = acme.slug() + ".lyceum.localhost:8080";
        http.login(host, "ada@example.com", "right-password-1", "X-Forwarded-For: 198.18.7.7\r\n");
        assertThatThrownBy(() ->
                        http.login(host, "ada@example.com", "wrong-password-1", "X-Forwarded-For: 198.18.7.8\r\n"))
                .hasMessageContaining("error");

        var signIns = entries(acme, new AuditFilter("ada@example.com", null, null, null, null));
        assertThat(signIns)
                .extracting(AuditEntry::action, AuditEntry::address)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("sign-in", "198.18.7.7"),
                        org.assertj.core.groups.Tuple.tuple("sign-in.failed", "198.18.7.8"));
        assertThat(entries(globex, new AuditFilter("ada@example.com", null, null, null, null)))
                .isEmpty();
    }

    @Test
    void only_admins_read_the_log() {
        organizations.addUser(acme, "stu@example.com", "right-password-1", Role.STUDENT);
        var student = organizations.principal(acme, "stu@example.com");
        TestOrganizations.signIn(student);
        assertThatThrownBy(() ->
                        TenantContext.callAs(acme, () -> trail.search(AuditFilter.none(), PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    io.lyceum.platform.OrganizationService organizationService;

    @Autowired
    io.lyceum.course.CourseService courses;

    @Test
    void a_plan_change_by_staff_is_in_the_platforms_log_and_the_organizations_own() {
        // A stored colour that is no colour (a hand edit) must not block the change.
        organizations.brand(acme, "red;}*{");
        var staff = new io.lyceum.identity.LyceumUser("", 3, "sam@lyceum.test", "Sam Staff", java.util.Set.of(), true);
        org.springframework.security.core.context.SecurityContextHolder.setContext(
                new org.springframework.security.core.context.SecurityContextImpl(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                staff,
                                null,
                                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "ROLE_STAFF")))));
        try {
            organizationService.changePlan(acme.slug(), "PRO");
            assertThat(trail.searchPlatform(
                            new AuditFilter(null, "plan.changed", null, null, acme.id()), PageRequest.of(0, 5)))
                    .extracting(AuditEntry::detail, AuditEntry::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            acme.planCode() + " → PRO", "Sam Staff <sam@lyceum.test>"));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(entries(acme, new AuditFilter(null, "plan.changed", null, null, null)))
                .extracting(AuditEntry::detail, AuditEntry::actorKind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(acme.planCode() + " → PRO", AuditActor.Kind.STAFF));
        assertThat(entries(globex, new AuditFilter(null, "plan.changed", null, null, null)))
                .isEmpty();
    }

    @Test
    void deleting_a_course_is_recorded() {
        TestOrganizations.signIn(organizations.principal(acme, TestOrganizations.ADMIN_EMAIL));
        try {
            TenantContext.runAs(acme, () -> {
                long course = courses.create(new io.lyceum.course.CourseForm("Soon gone", "", null, null));
                courses.delete(course);
            });
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(entries(acme, new AuditFilter(null, "course.deleted", null, null, null)))
                .extracting(AuditEntry::target)
                .containsExactly("Soon gone");
    }
}
