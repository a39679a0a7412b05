package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reading the organization's people is guarded in the service, not only by which views link to
 * it: lists and look-ups by email for admins (and instructors where they teach), nothing for
 * anyone not signed in; only names are open to work that runs without a person (certificates),
 * through {@link Members}.
 */
@LyceumIntegrationTest
class PeopleReadsSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    Members members;

    Tenant org;

    @BeforeEach
    void organization() {
        org = organizations.create("people-reads");
        organizations.addUser(org, "student@example.com", "learn-well-2026", Role.STUDENT);
        organizations.addUser(org, "teacher@example.com", "teach-well-2026", Role.INSTRUCTOR);
        TenantContext.set(org);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    @Test
    void a_student_reads_no_lists_of_people() {
        TestOrganizations.signIn(organizations.principal(org, "student@example.com"));
        assertThatThrownBy(() -> users.page(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.search("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.count()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.withRole(Role.STUDENT, "", Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.findByEmail("teacher@example.com")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_finds_students_but_does_not_list_the_organization() {
        TestOrganizations.signIn(organizations.principal(org, "teacher@example.com"));
        assertThat(users.withRole(Role.STUDENT, "", Pageable.ofSize(10)))
                .extracting(UserSummary::email)
                .containsExactly("student@example.com");
        assertThat(users.findByEmail("student@example.com")).isPresent();
        assertThatThrownBy(() -> users.search("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_reads_nothing_but_names_through_members() {
        long studentId = organizations.principal(org, "student@example.com").id();
        for (ThrowingCallable read : reads(studentId)) {
            assertThatThrownBy(read).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        assertThatThrownBy(() -> users.byIds(List.of(studentId)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.displayNames(List.of(studentId)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.countWithRole(Role.STUDENT))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // Work that runs with nobody signed in (certificates, mail) reads names, and only names.
        assertThat(members.displayNames(List.of(studentId))).containsOnlyKeys(studentId);
    }

    /** Every read of people a student must not make: lists, look-ups, the People page's filters and details. */
    private List<ThrowingCallable> reads(long someone) {
        return List.of(
                () -> users.page(Pageable.ofSize(10)),
                () -> users.search("", Pageable.ofSize(10)),
                () -> users.count(),
                () -> users.withRole(Role.STUDENT, "", Pageable.ofSize(10)),
                () -> users.findByEmail("teacher@example.com"),
                () -> users.members(MemberFilter.text(""), Pageable.ofSize(10)),
                () -> users.member(someone),
                () -> users.cohorts());
    }

    @Test
    void a_student_makes_none_of_the_reads() {
        var student = organizations.principal(org, "student@example.com");
        TestOrganizations.signIn(student);
        for (ThrowingCallable read : reads(student.id())) {
            assertThatThrownBy(read).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void every_public_method_of_the_user_service_is_guarded_but_the_anonymous_flows() {
        // Open on purpose: signing up and the demo create the first members; invitation and password
        // links are used by people not signed in (the token is the key). Writes an admin makes are
        // guarded by the people module's service, which calls these.
        var open = Set.of(
                "create",
                "invite",
                "passwordReset",
                "reinvite",
                "extraInvitationLink",
                "acceptInvitation",
                "invitationUsable");
        var guards = Set.of(AdminsOnly.class, TeachersOnly.class, MembersOnly.class, StaffOnly.class);
        var unguarded = Arrays.stream(UserService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .filter(method -> !open.contains(method.getName()))
                .filter(method -> guards.stream().noneMatch(method::isAnnotationPresent))
                .map(Method::getName)
                .toList();
        assertThat(unguarded).isEmpty();
    }
}
