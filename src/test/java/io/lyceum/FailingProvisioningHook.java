package io.lyceum;

import io.lyceum.platform.ProvisioningHook;
import io.lyceum.tenancy.Tenant;
import org.springframework.boot.test.context.TestComponent;

/** Injects a failure into sign-up after the new schema was created and migrated. */
@TestComponent
class FailingProvisioningHook implements ProvisioningHook {

    /** Sign-ups of slugs starting with this fail. */
    static final String FAILING_PREFIX = "failing";

    @Override
    public void provision(Tenant tenant) {
        if (tenant.slug().startsWith(FAILING_PREFIX)) {
            throw new IllegalStateException("Injected failure while provisioning " + tenant.slug());
        }
    }
}
