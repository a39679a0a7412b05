package io.lyceum;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Vaadin installs its security-context strategy as Spring Security's global one when an
 * application starts, so with two test contexts alive the one started last would hold it, and the
 * other context's method security would look for the person in a holder nobody fills. Before each
 * test the test's own context's strategy is put back.
 */
class OwnSecurityContextStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) {
        SpringExtension.getApplicationContext(extension)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
