package io.lyceum.plugin;

import io.lyceum.identity.Role;
import java.util.Set;

/** A link in the organization's side navigation, shown to the given roles. */
public record NavEntry(String label, String path, String icon, Set<Role> roles) {

    public NavEntry {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
