/** The certificates plugin: registration of certificates of completion. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "base",
            "base :: *",
            "course",
            "files",
            "files :: ui",
            "identity",
            "learning",
            "platform",
            "plugin",
            "shell",
            "tenancy"
        })
package io.lyceum.certificate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
