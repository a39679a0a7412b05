package io.lyceum.reporting;

import io.lyceum.identity.Role;
import io.lyceum.plugin.LyceumPlugin;
import io.lyceum.plugin.NavEntry;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reports with charts for the organization's admins; in the plans that include "reports". */
@Component
class ReportsPlugin implements LyceumPlugin {

    static final String ID = "reports";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Reports";
    }

    @Override
    public String description() {
        return "Charts of enrollments, completions, active learners, quiz scores and compliance, with CSV export.";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Reports", "/admin/reports", "CHART", Set.of(Role.ADMIN)));
    }

    @Override
    public List<String> listenedEvents() {
        return List.of();
    }
}
