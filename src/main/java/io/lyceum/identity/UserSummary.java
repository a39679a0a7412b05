package io.lyceum.identity;

import java.time.Instant;
import java.util.Set;

/** A member of the current organization as other modules and views see it. */
public record UserSummary(long id, String email, String displayName, Set<Role> roles, Instant createdAt) {

    static UserSummary of(User user) {
        return new UserSummary(user.id(), user.email(), user.displayName(), user.roles(), user.createdAt());
    }
}
