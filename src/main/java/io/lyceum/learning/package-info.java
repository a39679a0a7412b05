/** Learning: enrollment, module completion and exact course progress, the course.completed event. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "base",
            "base :: *",
            "course",
            "course :: content",
            "files",
            "identity",
            "platform",
            "plugin",
            "quiz",
            "shell",
            "tenancy"
        })
package io.lyceum.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
