/**
 * Reports for an organization's admins (the "reports" plugin): enrollments over time, completion
 * rates, active learners, quiz scores and compliance, every figure computed in SQL over the
 * organization's own schema, each chart's people a lazy list, each chart's data a CSV (audited).
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"audit", "base", "base :: *", "compliance", "identity", "plugin", "shell", "tenancy"})
package io.lyceum.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
