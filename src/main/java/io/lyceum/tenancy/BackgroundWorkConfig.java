package io.lyceum.tenancy;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Background work runs on Spring Boot's one application task executor (event listeners, mail, imports):
 * this decorator, which Boot applies to it, hands each task the organization and the signed-in person
 * of the code that submitted it, and leaves the worker thread with neither once the task is done, so
 * a reused thread never carries one organization into the next task.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundWorkConfig {

    @Bean
    TaskDecorator tenantTaskDecorator() {
        return BackgroundWorkConfig::carryContext;
    }

    static Runnable carryContext(Runnable task) {
        Tenant tenant = TenantContext.current().orElse(null);
        SecurityContext security = copy(SecurityContextHolder.getContext());
        return () -> {
            @Nullable Tenant before = TenantContext.current().orElse(null);
            SecurityContext securityBefore = SecurityContextHolder.getContext();
            TenantContext.set(tenant);
            SecurityContextHolder.setContext(security);
            try {
                task.run();
            } finally {
                TenantContext.set(before);
                SecurityContextHolder.setContext(securityBefore);
            }
        };
    }

    // The submitter may sign out or change its context meanwhile: the worker keeps who submitted it.
    private static SecurityContext copy(SecurityContext context) {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(context.getAuthentication());
        return copy;
    }
}
