/**
 * Assignments and grading: assignment modules with rubrics and late policies, submissions with every
 * version kept, the grading view, the gradebook with its per-cell history, due dates per cohort and
 * extensions. The {@code grading} plugin.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "base",
            "base :: *",
            "course",
            "course :: content",
            "files",
            "files :: ui",
            "identity",
            "learning",
            "plugin",
            "quiz",
            "shell",
            "tenancy"
        })
package io.lyceum.grading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
