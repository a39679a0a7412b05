package io.lyceum.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.audit.AuditEntry;
import io.lyceum.audit.AuditFilter;
import io.lyceum.audit.AuditTrail;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.LastSignIn;
import io.lyceum.identity.Member;
import io.lyceum.identity.MemberStatus;
import io.lyceum.identity.NoSuchMemberException;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The People page's service on real data: each filter (role, status, cohort from an enrollment or
 * an import, last sign-in), role changes within the rules and audited, deactivation, and another
 * organization's people out of reach by id.
 */
@LyceumIntegrationTest
class PeopleServiceTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    PeopleService people;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    Tenant org;

    @BeforeEach
    void organization() {
        org = organizations.create("people");
        organizations.addUser(org, "recent@example.com", "study-hard-42", Role.STUDENT);
        organizations.addUser(org, "month@example.com", "study-hard-42", Role.STUDENT);
        organizations.addUser(org, "long.ago@example.com", "study-hard-42", Role.STUDENT);
        organizations.addUser(org, "teacher@example.com", "teach-well-2026", Role.INSTRUCTOR);
        signInAsAdmin(org);
    }

    private void signInAsAdmin(Tenant tenant) {
        TenantContext.clear();
        TestOrganizations.signIn(organizations.principal(tenant, TestOrganizations.ADMIN_EMAIL));
        TenantContext.set(tenant);
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private void lastSignIn(String email, String ago) {
        jdbc.update(
                "update " + org.schema() + ".app_user set last_signed_in_at = now() - interval '" + ago
                        + "' where email = ?",
                email);
    }

    private List<String> emails(PeopleService.Filter filter) {
        return people.people(filter, PageRequest.of(0, 50, Sort.by("email"))).stream()
                .map(person -> person.member().email())
                .toList();
    }

    private long id(String email) {
        return people.members(email, Pageable.ofSize(1)).getContent().getFirst().id();
    }

    @Test
    void each_filter_narrows_the_list_in_sql() {
        lastSignIn("recent@example.com", "2 days");
        lastSignIn("month@example.com", "20 days");
        lastSignIn("long.ago@example.com", "120 days");
        people.invite("Ivy Invited", "invited@example.com", Set.of(Role.STUDENT), "Spring 2027");
        people.deactivate(id("month@example.com"));
        long course = courses.create(new CourseForm("Onboarding", "", null, null));
        courses.addModule(course, ModuleForm.text("Welcome", "").withPublished(true));
        courses.publish(course);
        enrollments.enroll(id("recent@example.com"), course, "Autumn 2026");
        enrollments.enroll(id("long.ago@example.com"), course, "Spring 2027");

        assertThat(emails(PeopleService.Filter.text(""))).hasSize(6);
        assertThat(emails(PeopleService.Filter.text("LONG"))).containsExactly("long.ago@example.com");
        assertThat(emails(new PeopleService.Filter("", Role.INSTRUCTOR, null, null, null)))
                .containsExactly("teacher@example.com");
        assertThat(emails(new PeopleService.Filter("", Role.ADMIN, null, null, null)))
                .containsExactly(TestOrganizations.ADMIN_EMAIL);
        assertThat(emails(new PeopleService.Filter("", null, MemberStatus.INVITED, null, null)))
                .containsExactly("invited@example.com");
        assertThat(emails(new PeopleService.Filter("", null, MemberStatus.DEACTIVATED, null, null)))
                .containsExactly("month@example.com");
        assertThat(emails(new PeopleService.Filter("", null, MemberStatus.ACTIVE, null, null)))
                .containsExactly(
                        TestOrganizations.ADMIN_EMAIL,
                        "long.ago@example.com",
                        "recent@example.com",
                        "teacher@example.com");
        // A cohort from an enrollment and the same label given to a member by an import.
        assertThat(people.cohorts()).containsExactly("Autumn 2026", "Spring 2027");
        assertThat(emails(new PeopleService.Filter("", null, null, null, "Spring 2027")))
                .containsExactly("invited@example.com", "long.ago@example.com");
        assertThat(emails(new PeopleService.Filter("", null, null, null, "Autumn 2026")))
                .containsExactly("recent@example.com");
        assertThat(people.people(new PeopleService.Filter("recent", null, null, null, null), Pageable.ofSize(5))
                        .getContent()
                        .getFirst()
                        .cohorts())
                .containsExactly("Autumn 2026");
        assertThat(emails(new PeopleService.Filter("", null, null, LastSignIn.WITHIN_7_DAYS, null)))
                .containsExactly("recent@example.com");
        assertThat(emails(new PeopleService.Filter("", null, null, LastSignIn.WITHIN_30_DAYS, null)))
                .containsExactly("month@example.com", "recent@example.com");
        assertThat(emails(new PeopleService.Filter("", null, null, LastSignIn.OVER_90_DAYS, null)))
                .containsExactly("long.ago@example.com");
        assertThat(emails(new PeopleService.Filter("", null, null, LastSignIn.NEVER, null)))
                .containsExactly(TestOrganizations.ADMIN_EMAIL, "invited@example.com", "teacher@example.com");
        // Filters combine.
        assertThat(emails(new PeopleService.Filter("", Role.STUDENT, MemberStatus.ACTIVE, null, "Spring 2027")))
                .containsExactly("long.ago@example.com");
        // Paged in SQL: the total is counted, a page holds its size.
        var page = people.people(PeopleService.Filter.text(""), PageRequest.of(1, 4, Sort.by("email")));
        assertThat(page.getTotalElements()).isEqualTo(6);
        assertThat(page.getContent()).hasSize(2);
        // Sorted by last sign-in, most recent first, never-signed-in last.
        assertThat(people.people(
                                PeopleService.Filter.text(""),
                                PageRequest.of(0, 3, Sort.by(Sort.Order.desc("lastSignedInAt"))))
                        .map(person -> person.member().email())
                        .getContent())
                .containsExactly("recent@example.com", "month@example.com", "long.ago@example.com");
    }

    private List<AuditEntry> audited(String action) {
        return audit.search(new AuditFilter(null, action, null, null, null), PageRequest.of(0, 20));
    }

    @Test
    void role_changes_are_audited_with_the_roles_before_and_after() {
        long teacher = id("teacher@example.com");
        Member changed = people.changeRoles(teacher, Set.of(Role.INSTRUCTOR, Role.ADMIN));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.ADMIN);
        assertThat(audited("member.role-changed")).singleElement().satisfies(entry -> {
            assertThat(entry.target()).isEqualTo("teacher@example.com");
            assertThat(entry.detail()).isEqualTo("instructor → admin, instructor");
            assertThat(entry.actor()).contains(TestOrganizations.ADMIN_EMAIL);
        });
        // Nothing changed: nothing recorded.
        people.changeRoles(teacher, Set.of(Role.INSTRUCTOR, Role.ADMIN));
        assertThat(audited("member.role-changed")).hasSize(1);

        people.deactivate(id("recent@example.com"));
        people.reactivate(id("recent@example.com"));
        people.passwordResetLink(id("recent@example.com"));
        people.invite("New Person", "new@example.com", Role.STUDENT);
        assertThat(audited("member.deactivated")).extracting(AuditEntry::target).containsExactly("recent@example.com");
        assertThat(audited("member.reactivated")).extracting(AuditEntry::target).containsExactly("recent@example.com");
        assertThat(audited("member.password-reset-sent"))
                .extracting(AuditEntry::target)
                .containsExactly("recent@example.com");
        assertThat(audited("member.invited")).singleElement().satisfies(entry -> {
            assertThat(entry.target()).isEqualTo("new@example.com");
            assertThat(entry.detail()).isEqualTo("student");
        });
    }

    @Test
    void the_last_admin_keeps_the_role_and_nobody_takes_their_own() {
        long admin = id(TestOrganizations.ADMIN_EMAIL);
        assertThatThrownBy(() -> people.changeRoles(admin, Set.of(Role.STUDENT)))
                .isInstanceOf(InvalidUserException.class)
                .hasMessage("You cannot take away your own admin role. Ask another admin to do it.");
        assertThatThrownBy(() -> people.deactivate(admin))
                .isInstanceOf(InvalidUserException.class)
                .hasMessage("You cannot deactivate your own account.");

        // Another admin, signed in as someone else: the last one who can sign in stays an admin.
        long teacher = id("teacher@example.com");
        people.changeRoles(teacher, Set.of(Role.ADMIN));
        TestOrganizations.signIn(organizations.principal(org, "teacher@example.com"));
        people.deactivate(admin);
        TestOrganizations.signIn(organizations.principal(org, "teacher@example.com"));
        assertThatThrownBy(() ->
                        TestOrganizations.asAdmin(org, () -> people.changeRoles(teacher, Set.of(Role.STUDENT))))
                .isInstanceOf(InvalidUserException.class)
                .hasMessage("This is the organization's last admin. Make someone else an admin first.");
        assertThatThrownBy(() -> TestOrganizations.asAdmin(org, () -> people.deactivate(teacher)))
                .isInstanceOf(InvalidUserException.class)
                .hasMessage("This is the organization's last admin. Make someone else an admin first.");
        assertThat(people.member(teacher).roles()).containsExactly(Role.ADMIN);
        assertThat(audited("member.role-changed")).hasSize(1);
    }

    @Test
    void the_instructor_role_is_given_within_the_plan() {
        Tenant free = organizations.create("peoplefree", "FREE");
        organizations.addUser(free, "first@example.com", "teach-well-2026", Role.INSTRUCTOR);
        organizations.addUser(free, "second@example.com", "study-hard-42", Role.STUDENT);
        signInAsAdmin(free);
        long second = id("second@example.com");
        assertThatThrownBy(() -> people.changeRoles(second, Set.of(Role.STUDENT, Role.INSTRUCTOR)))
                .isInstanceOf(PlanLimitException.class)
                .hasMessage("Your Free plan allows 1 instructor. Upgrade your plan to add more.");
        assertThat(people.member(second).roles()).containsExactly(Role.STUDENT);
        // The instructor they have already is kept when other roles change.
        long first = id("first@example.com");
        assertThat(people.changeRoles(first, Set.of(Role.INSTRUCTOR, Role.STUDENT))
                        .roles())
                .containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.STUDENT);
    }

    @Test
    void another_organizations_people_are_not_found_by_id() {
        Tenant globex = organizations.create("globex");
        for (int i = 0; i < 8; i++) {
            organizations.addUser(globex, "g" + i + "@globex.example", "globex-pass-2026", Role.STUDENT);
        }
        long globexId = TestOrganizations.asAdmin(globex, () -> people.members("g7@", Pageable.ofSize(1)))
                .getContent()
                .getFirst()
                .id();
        assertThat(people.members("", Pageable.ofSize(50)).getContent())
                .as("acme has no member of that id")
                .noneMatch(member -> member.id() == globexId);

        // Bound to acme: globex's id is no member here.
        assertThatThrownBy(() -> people.member(globexId)).isInstanceOf(NoSuchMemberException.class);
        assertThatThrownBy(() -> people.changeRoles(globexId, Set.of(Role.ADMIN)))
                .isInstanceOf(NoSuchMemberException.class);
        assertThatThrownBy(() -> people.deactivate(globexId)).isInstanceOf(NoSuchMemberException.class);
        assertThatThrownBy(() -> people.reactivate(globexId)).isInstanceOf(NoSuchMemberException.class);
        assertThatThrownBy(() -> people.passwordResetLink(globexId)).isInstanceOf(NoSuchMemberException.class);
        assertThat(emails(PeopleService.Filter.text("globex"))).isEmpty();

        var untouched = TestOrganizations.asAdmin(globex, () -> people.member(globexId));
        assertThat(untouched.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(untouched.roles()).containsExactly(Role.STUDENT);
    }
}
