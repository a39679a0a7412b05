package io.lyceum.people;

import io.lyceum.audit.AuditLog;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.Invited;
import io.lyceum.identity.LastSignIn;
import io.lyceum.identity.Member;
import io.lyceum.identity.MemberFilter;
import io.lyceum.identity.MemberStatus;
import io.lyceum.identity.NoSuchMemberException;
import io.lyceum.identity.Role;
import io.lyceum.identity.RoleChange;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.learning.Cohorts;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanDecision;
import io.lyceum.platform.PlanPolicy;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's people as its admins manage them: found and filtered, invited by mail (the
 * single-use link also shown to the admin, to pass on if the mail does not arrive), given roles
 * within the plan's instructor limit, deactivated and reactivated, sent a link to set a new
 * password. Every change is written to the organization's audit log in the change's transaction.
 */
@Service
public class PeopleService {

    private final UserService users;
    private final Cohorts cohorts;
    private final PlanPolicy planPolicy;
    private final AuditLog audit;

    PeopleService(UserService users, Cohorts cohorts, PlanPolicy planPolicy, AuditLog audit) {
        this.users = users;
        this.cohorts = cohorts;
        this.planPolicy = planPolicy;
        this.audit = audit;
    }

    /**
     * A member as the People page lists them: the cohorts they are in are the one an admin filed them
     * in and those their enrollments carry.
     */
    public record Person(Member member, Set<String> cohorts) {

        public Person {
            cohorts = Set.copyOf(cohorts);
        }
    }

    /** What the People page narrows its list to (null: any). */
    public record Filter(
            String text,
            @Nullable Role role,
            @Nullable MemberStatus status,
            @Nullable LastSignIn lastSignIn,
            @Nullable String cohort) {

        public static Filter text(String text) {
            return new Filter(text, null, null, null, null);
        }
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public Page<UserSummary> members(String text, Pageable pageable) {
        return users.search(text, pageable);
    }

    /** A page of members matching the filter, paged and sorted in SQL, with their cohorts. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public Page<Person> people(Filter filter, Pageable pageable) {
        String cohort = filter.cohort() == null || filter.cohort().isBlank()
                ? null
                : filter.cohort().strip();
        Set<Long> inCohort = cohort == null ? Set.of() : cohorts.members(cohort);
        Page<Member> page = users.members(
                new MemberFilter(filter.text(), filter.role(), filter.status(), filter.lastSignIn(), cohort, inCohort),
                pageable);
        var enrolled = cohorts.of(page.map(Member::id).toList());
        return page.map(member -> {
            var all = new TreeSet<>(enrolled.getOrDefault(member.id(), Set.of()));
            if (member.cohort() != null) {
                all.add(member.cohort());
            }
            return new Person(member, all);
        });
    }

    /** Every cohort of the organization: those admins filed members in and those enrollments carry. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public Set<String> cohorts() {
        var all = new TreeSet<String>(users.cohorts());
        all.addAll(cohorts.labels());
        return all;
    }

    /** One member of this organization; {@link NoSuchMemberException} for an id that is none here. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public Member member(long userId) {
        return users.member(userId).orElseThrow(() -> new NoSuchMemberException(userId));
    }

    /** Whether another instructor fits the plan, and if not, the plan's reason. */
    @AdminsOnly
    public PlanDecision canAddInstructor() {
        return planPolicy.check(PlanAction.ADD_INSTRUCTOR);
    }

    /**
     * Gives the member these roles: the instructor role within the plan's limit, never taking away
     * one's own admin role or the last admin's; audited with the roles before and after.
     */
    @Transactional
    @AdminsOnly
    public Member changeRoles(long userId, Set<Role> roles) {
        Member before = member(userId);
        if (roles.contains(Role.INSTRUCTOR) && !before.roles().contains(Role.INSTRUCTOR)) {
            planPolicy.reserve(PlanAction.ADD_INSTRUCTOR);
        }
        RoleChange change = users.changeRoles(userId, roles);
        if (change.changed()) {
            audit.record(
                    "member.role-changed",
                    change.member().email(),
                    names(change.before()) + " → " + names(change.after()));
        }
        return change.member();
    }

    /** The member cannot sign in any more and their sessions end; what they did stays. Audited. */
    @Transactional
    @AdminsOnly
    public Member deactivate(long userId) {
        Member member = users.deactivate(userId);
        audit.record("member.deactivated", member.email(), null);
        return member;
    }

    /** The member can sign in again. Audited. */
    @Transactional
    @AdminsOnly
    public Member reactivate(long userId) {
        Member member = users.reactivate(userId);
        audit.record("member.reactivated", member.email(), null);
        return member;
    }

    /**
     * A single-use link for a member to set a new password, sent to them by mail (and returned, for
     * the admin to pass on if it does not arrive); it also lifts a sign-in back-off that guessing put
     * on the account. Audited.
     */
    @Transactional
    @AdminsOnly
    public String passwordResetLink(long userId) {
        Member member = member(userId);
        String token = users.passwordReset(userId);
        audit.record("member.password-reset-sent", member.email(), null);
        return token;
    }

    /** Invites a member with one role; refused with the plan's reason beyond its instructors. Audited. */
    @Transactional
    @AdminsOnly
    public Invited invite(String name, String email, Role role) {
        return invite(name, email, Set.of(role), null);
    }

    /** Invites a member with these roles (and cohort); refused with the plan's reason beyond its instructors. */
    @Transactional
    @AdminsOnly
    public Invited invite(String name, String email, Set<Role> roles, @Nullable String cohort) {
        if (roles.contains(Role.INSTRUCTOR)) {
            planPolicy.reserve(PlanAction.ADD_INSTRUCTOR);
        }
        Invited invited = users.invite(email, name.strip(), roles);
        if (cohort != null && !cohort.isBlank()) {
            users.cohort(invited.user().id(), cohort);
        }
        audit.record("member.invited", invited.user().email(), names(roles));
        return invited;
    }

    /** Files the member in a cohort of the organization (blank: none). */
    @Transactional
    @AdminsOnly
    public Member fileInCohort(long userId, @Nullable String cohort) {
        return users.cohort(userId, cohort);
    }

    static String names(Set<Role> roles) {
        return roles.stream()
                .map(role -> role.name().toLowerCase(Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
