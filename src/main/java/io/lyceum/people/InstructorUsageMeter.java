package io.lyceum.people;

import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.UsageMeter;
import org.springframework.stereotype.Component;

/** Members with the instructor role count against the plan's instructors. */
@Component
class InstructorUsageMeter implements UsageMeter {

    private final UserService users;

    InstructorUsageMeter(UserService users) {
        this.users = users;
    }

    @Override
    public PlanAction action() {
        return PlanAction.ADD_INSTRUCTOR;
    }

    @Override
    public long usage() {
        return users.countWithRole(Role.INSTRUCTOR);
    }
}
