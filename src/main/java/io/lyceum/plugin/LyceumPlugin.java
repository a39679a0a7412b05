package io.lyceum.plugin;

import java.util.List;
import java.util.Set;

/**
 * A feature an organization can install (seed 004's plugin contract). Implementations are Spring
 * beans in their own module; their views carry {@link PluginView} so that access is enforced on the
 * server whenever the plugin is not installed or not in the organization's plan. Each plugin
 * documents itself in {@code docs/plugins/<id>.md}.
 */
public interface LyceumPlugin {

    /** Stable identifier, also used in plans' plugin sets: lower-case letters. */
    String id();

    String name();

    String description();

    /**
     * Entries this plugin adds to the organization's side navigation. An entry below an area's path
     * ({@code /teach/…}, {@code /admin/…}) is shown inside that area's entry; others after the core
     * pages of their first path segment.
     */
    default List<NavEntry> navigation() {
        return List.of();
    }

    /** Permissions this plugin defines ("courses.edit"); granted to roles by {@link #onInstall}. */
    default Set<String> permissions() {
        return Set.of();
    }

    /** Seed data and access grants for the organization in context; runs in the install transaction. */
    default void onInstall(InstallContext context) {}

    /** Runs in the uninstall transaction; grants are revoked by the registry. Data is kept. */
    default void onUninstall(InstallContext context) {}

    /** Names of the events this plugin publishes ({@code course.completed}), for its documentation. */
    default List<String> publishedEvents() {
        return List.of();
    }

    default List<String> listenedEvents() {
        return List.of();
    }
}
