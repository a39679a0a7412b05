/** The courses plugin: registration of the course builder (filled in by the course builder work). */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "base",
            "base :: *",
            "files",
            "files :: ui",
            "identity",
            "platform",
            "plugin",
            "quiz",
            "shell",
            "tenancy"
        })
package io.lyceum.course;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
