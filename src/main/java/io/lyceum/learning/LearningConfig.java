package io.lyceum.learning;

import io.lyceum.platform.PlanAction;
import io.lyceum.platform.UsageMeter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The learning module's beans for others: its meter of the plan's student limit. */
@Configuration(proxyBeanMethods = false)
class LearningConfig {

    @Bean
    UsageMeter studentUsage(EnrollmentService enrollments) {
        return UsageMeter.of(PlanAction.ENROLL_STUDENT, enrollments::students);
    }
}
