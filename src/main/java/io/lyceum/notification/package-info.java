/**
 * Email: messages queued in the organization's schema with the change that causes them, sent after
 * commit over SMTP (or kept in the console's dev mailbox when no SMTP server is configured), in
 * designed templates with the organization's branding; organizations' own sender domains with DKIM.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "base",
            "base :: *",
            "billing",
            "certificate",
            "compliance",
            "course",
            "files",
            "grading",
            "identity",
            "learning",
            "platform",
            "platform :: console",
            "plugin",
            "shell",
            "tenancy"
        })
package io.lyceum.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
