package io.lyceum.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The fact that an organization installed a plugin; in the organization's schema. */
@Entity
@Table(name = "installed_plugin")
class InstalledPlugin {

    @Id
    @Column(name = "plugin_id", length = 40)
    private String pluginId;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    protected InstalledPlugin() {
        this.pluginId = "";
        this.installedAt = Instant.EPOCH;
    }

    InstalledPlugin(String pluginId, Instant installedAt) {
        this.pluginId = pluginId;
        this.installedAt = installedAt;
    }

    String pluginId() {
        return pluginId;
    }
}
