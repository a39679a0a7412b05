package io.lyceum.identity;

import java.util.Set;

/** The roles a member held and holds now, for the audit log. */
public record RoleChange(Member member, Set<Role> before, Set<Role> after) {

    public RoleChange {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }

    public boolean changed() {
        return !before.equals(after);
    }
}
