package io.lyceum.people;

import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.UsageMeter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The people module's beans for others: members with the instructor role count against the plan. */
@Configuration(proxyBeanMethods = false)
class PeopleConfig {

    @Bean
    UsageMeter instructorUsage(UserService users) {
        return UsageMeter.of(PlanAction.ADD_INSTRUCTOR, () -> users.countWithRole(Role.INSTRUCTOR));
    }
}
