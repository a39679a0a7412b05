package io.lyceum.plugin;

/**
 * A plugin as one organization sees it. Its words in the reader's language, and why it cannot be
 * installed, come from {@link PluginTexts}.
 */
public record PluginState(LyceumPlugin plugin, boolean inPlan, boolean installed, String planName) {

    public boolean active() {
        return inPlan && installed;
    }
}
