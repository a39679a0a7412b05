package io.lyceum.people;

import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.Invited;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanDecision;
import io.lyceum.platform.PlanPolicy;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins add people by invitation: the new member gets a single-use link by mail to set a password
 * (also shown to the admin, to pass on if the mail does not arrive). Instructors count against the
 * plan.
 */
@Service
public class PeopleService {

    private final UserService users;
    private final PlanPolicy planPolicy;

    PeopleService(UserService users, PlanPolicy planPolicy) {
        this.users = users;
        this.planPolicy = planPolicy;
    }

    @AdminsOnly
    public Page<UserSummary> members(String text, Pageable pageable) {
        return users.search(text, pageable);
    }

    /** Whether another instructor fits the plan, and if not, the plan's reason. */
    public PlanDecision canAddInstructor() {
        return planPolicy.check(PlanAction.ADD_INSTRUCTOR);
    }

    /**
     * A single-use link for a member to set a new password, sent to them by mail (and returned, for
     * the admin to pass on if it does not arrive); it also lifts a sign-in back-off that guessing put
     * on the account.
     */
    @AdminsOnly
    public String passwordResetLink(long userId) {
        return users.passwordReset(userId);
    }

    /** Invites a member with one role; refused with the plan's reason beyond its instructors. */
    @Transactional
    @AdminsOnly
    public Invited invite(String name, String email, Role role) {
        if (role == Role.INSTRUCTOR) {
            planPolicy.reserve(PlanAction.ADD_INSTRUCTOR);
        }
        return users.invite(email, name.strip(), Set.of(role));
    }
}
