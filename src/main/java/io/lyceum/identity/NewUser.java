package io.lyceum.identity;

import java.util.Set;

/** What it takes to add a person to the current organization. */
public record NewUser(String email, String displayName, String password, Set<Role> roles) {

    public static final int NAME_MAX_LENGTH = User.NAME_MAX_LENGTH;

    public NewUser {
        roles = Set.copyOf(roles);
    }
}
