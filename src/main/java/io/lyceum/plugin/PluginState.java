package io.lyceum.plugin;

import java.util.Optional;

/** A plugin as one organization sees it. */
public record PluginState(LyceumPlugin plugin, boolean inPlan, boolean installed, String planName) {

    public boolean active() {
        return inPlan && installed;
    }

    /** Why it cannot be installed here, in words for an admin; empty when it can. */
    public Optional<String> unavailableReason() {
        return inPlan
                ? Optional.empty()
                : Optional.of(plugin.name() + " is not included in the " + planName + " plan. Upgrade to use it.");
    }
}
