package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.List;
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
 * anyone not signed in; only names are open to work that runs without a person (certificates).
 */
@LyceumIntegrationTest
class PeopleReadsSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

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
    void nobody_signed_in_reads_nothing_but_names() {
        long studentId = organizations.principal(org, "student@example.com").id();
        assertThatThrownBy(() -> users.byIds(List.of(studentId)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.findByEmail("student@example.com"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(users.displayNames(List.of(studentId))).containsOnlyKeys(studentId);
    }
}
