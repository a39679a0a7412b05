package io.lyceum.plugin;

import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which plugins the organization in context has: its plan decides what may be installed, its admin
 * what is installed. A plugin is active when both hold.
 */
@Service
public class PluginService {

    private final PluginRegistry registry;
    private final InstalledPluginRepository installed;
    private final Clock clock;

    PluginService(PluginRegistry registry, InstalledPluginRepository installed, Clock clock) {
        this.registry = registry;
        this.installed = installed;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PluginState> states() {
        Tenant tenant = TenantContext.require();
        Set<String> installedIds = installedIds();
        return registry.all().stream()
                .map(plugin -> new PluginState(
                        plugin,
                        tenant.planPlugins().contains(plugin.id()),
                        installedIds.contains(plugin.id()),
                        tenant.planName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean isActive(String pluginId) {
        return TenantContext.current()
                .filter(tenant -> tenant.planPlugins().contains(pluginId))
                .map(tenant -> installed.existsById(pluginId))
                .orElse(false);
    }

    /** Navigation entries of the active plugins that the given roles may see. */
    @Transactional(readOnly = true)
    public List<NavEntry> navigation(Set<Role> roles) {
        return states().stream()
                .filter(PluginState::active)
                .flatMap(state -> state.plugin().navigation().stream())
                .filter(entry -> entry.visibleTo(roles))
                .toList();
    }

    @Transactional(readOnly = true)
    public Set<String> permissions(Set<Role> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(installed.permissionsOf(roles.stream().map(Role::name).toList()));
    }

    @Transactional
    @AdminsOnly
    public void install(String pluginId) {
        installUnchecked(pluginId);
    }

    @Transactional
    @AdminsOnly
    public void uninstall(String pluginId) {
        LyceumPlugin plugin = registry.find(pluginId)
                .orElseThrow(() -> new PluginNotAvailableException(pluginId, "There is no plugin " + pluginId));
        if (!installed.existsById(pluginId)) {
            return;
        }
        plugin.onUninstall(context(plugin));
        installed.revokeAll(pluginId);
        installed.deleteById(pluginId);
    }

    /** Installs every plugin of the plan; for a new organization, before anyone can sign in. */
    @Transactional
    public void installPlanPlugins() {
        Tenant tenant = TenantContext.require();
        registry.all().stream()
                .filter(plugin -> tenant.planPlugins().contains(plugin.id()))
                .forEach(plugin -> installUnchecked(plugin.id()));
    }

    private void installUnchecked(String pluginId) {
        Tenant tenant = TenantContext.require();
        LyceumPlugin plugin = registry.find(pluginId)
                .orElseThrow(() -> new PluginNotAvailableException(pluginId, "There is no plugin " + pluginId));
        if (!tenant.planPlugins().contains(pluginId)) {
            // Words for the log: pages say it in the reader's language (PluginTexts.unavailableReason).
            throw new PluginNotAvailableException(
                    pluginId,
                    plugin.name() + " is not included in the " + tenant.planName() + " plan. Upgrade to use it.");
        }
        if (installed.existsById(pluginId)) {
            return;
        }
        installed.save(new InstalledPlugin(pluginId, clock.instant()));
        plugin.onInstall(context(plugin));
    }

    private InstallContext context(LyceumPlugin plugin) {
        Tenant tenant = TenantContext.require();
        return new InstallContext() {
            @Override
            public Tenant tenant() {
                return tenant;
            }

            @Override
            public void grant(Role role, String permission) {
                if (!plugin.permissions().contains(permission)) {
                    throw new IllegalArgumentException(plugin.id() + " does not define " + permission);
                }
                installed.grant(role.name(), permission, plugin.id());
            }
        };
    }

    private Set<String> installedIds() {
        return installed.findAll().stream().map(InstalledPlugin::pluginId).collect(Collectors.toSet());
    }
}
