package io.lyceum.plugin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a view that belongs to a plugin: it is served only where that plugin is active. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PluginView {

    /** The plugin's {@link LyceumPlugin#id()}. */
    String value();
}
