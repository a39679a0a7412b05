package io.lyceum.course;

import io.lyceum.platform.PlanAction;
import io.lyceum.platform.UsageMeter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The course module's beans for others: its meter of the plan's course limit. */
@Configuration(proxyBeanMethods = false)
class CourseConfig {

    @Bean
    UsageMeter courseUsage(CourseCatalog catalog) {
        return UsageMeter.of(PlanAction.CREATE_COURSE, catalog::countedAgainstPlan);
    }
}
