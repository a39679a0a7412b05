package io.lyceum.plugin;

/** The organization's plan does not include the plugin, it is not installed, or there is no such plugin. */
public class PluginNotAvailableException extends RuntimeException {

    private final String pluginId;

    public PluginNotAvailableException(String pluginId, String message) {
        super(message);
        this.pluginId = pluginId;
    }

    /** The plugin asked for. */
    public String pluginId() {
        return pluginId;
    }
}
