package io.lyceum.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A member as the organization's admins manage them: who, their roles, where they stand, when last seen. */
public record Member(
        long id,
        String email,
        String displayName,
        Set<Role> roles,
        Instant createdAt,
        MemberStatus status,
        @Nullable Instant lastSignedInAt,
        @Nullable String cohort) {

    public Member {
        roles = Set.copyOf(roles);
    }

    static Member of(User user) {
        return new Member(
                user.id(),
                user.email(),
                user.displayName(),
                user.roles(),
                user.createdAt(),
                user.status(),
                user.lastSignedInAt(),
                user.cohort());
    }

    public UserSummary summary() {
        return new UserSummary(id, email, displayName, roles, createdAt);
    }
}
