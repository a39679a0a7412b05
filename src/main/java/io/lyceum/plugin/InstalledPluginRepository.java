package io.lyceum.plugin;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InstalledPluginRepository extends JpaRepository<InstalledPlugin, String> {

    @Modifying
    @Query(
            value = "insert into role_permission (role, permission, plugin_id) values (:role, :permission, :plugin)"
                    + " on conflict do nothing",
            nativeQuery = true)
    void grant(String role, String permission, String plugin);

    @Modifying
    @Query(value = "delete from role_permission where plugin_id = :plugin", nativeQuery = true)
    void revokeAll(String plugin);

    @Query(value = "select permission from role_permission where role in (:roles)", nativeQuery = true)
    List<String> permissionsOf(Collection<String> roles);
}
