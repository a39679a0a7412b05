/**
 * Required training (compliance): courses the organization requires of everyone, a role or a cohort,
 * each person's status (done, due soon, overdue, not started) computed in SQL, enrolling the people
 * assigned, and what the reminders and reports read.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "base",
            "base :: *",
            "course",
            "identity",
            "learning",
            "platform",
            "shell",
            "tenancy"
        })
package io.lyceum.compliance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
