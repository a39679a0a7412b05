package io.lyceum.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The signed-in person. {@code org} is the slug of the organization the login happened on, or
 * empty for platform staff: a principal is only honoured on that same organization's host.
 */
public record LyceumUser(String org, long id, String email, String displayName, Set<Role> roles, boolean staff)
        implements Principal, Serializable {

    public LyceumUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return email;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
