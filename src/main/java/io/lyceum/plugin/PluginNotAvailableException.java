package io.lyceum.plugin;

/** The organization's plan does not include the plugin, or there is no such plugin. */
public class PluginNotAvailableException extends RuntimeException {

    public PluginNotAvailableException(String message) {
        super(message);
    }
}
