package io.lyceum.identity;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * "Forgot your password?" on the login page: anyone may ask for a link to set a new password for an
 * email. The asker learns the same whether or not the email is a member's, in the same time: after
 * the request is counted ({@link PasswordResetThrottle}, the same for every email), looking the
 * member up, making the link and queuing the mail ({@link PasswordResetRequested}) happen on the
 * application's task executor, so the answer never waits for them.
 */
@Service
@Validated
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final UserService users;
    private final PasswordResetThrottle throttle;
    private final TaskExecutor executor;

    PasswordResets(
            UserService users,
            PasswordResetThrottle throttle,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.users = users;
        this.throttle = throttle;
        this.executor = executor;
    }

    /**
     * Asks for a link for {@code email} on the organization in context, from the client's address;
     * refused with {@link ResetThrottledException} when asked for too often. Returns at once; the
     * result completes when the background work has (for tests: nobody else needs to wait).
     */
    public CompletableFuture<Void> request(@EmailAddress String email, String fromAddress) {
        Tenant tenant = TenantContext.require();
        throttle.acquire(tenant.slug(), email, fromAddress).ifPresent(wait -> {
            throw new ResetThrottledException(wait);
        });
        // The organization goes along explicitly; the transaction opens inside it (in the service).
        return CompletableFuture.runAsync(
                        () -> TenantContext.runAs(tenant, () -> users.selfServiceReset(email)), executor)
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.error("A link to set a new password on '{}' could not be made", tenant.slug(), failure);
                    }
                });
    }
}
