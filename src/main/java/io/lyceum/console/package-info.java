/**
 * The staff console's pages that draw on several modules: an organization's page (details, figures,
 * platform audit, failed migrations and mail) with staff's actions on it, and the platform's health,
 * as a page and as Micrometer metrics. Reads platform tables only, through each module's console API.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "base",
            "base :: *",
            "billing",
            "identity",
            "notification",
            "platform",
            "platform :: console",
            "tenancy"
        })
package io.lyceum.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
