package io.lyceum.platform;

import io.lyceum.identity.UserSummary;
import io.lyceum.tenancy.Tenant;
import java.util.List;
import java.util.Optional;

/**
 * The demo organizations were just created on an empty database: other modules may add demo content,
 * acting as the members listed (nobody is signed in at start-up to look them up).
 */
public record DemoOrganizationsCreated(List<Organization> organizations) {

    public DemoOrganizationsCreated {
        organizations = List.copyOf(organizations);
    }

    /** A demo organization and the members created in it besides its admin. */
    public record Organization(Tenant tenant, List<UserSummary> members) {

        public Organization {
            members = List.copyOf(members);
        }

        public Optional<UserSummary> member(String email) {
            return members.stream()
                    .filter(member -> member.email().equalsIgnoreCase(email))
                    .findFirst();
        }
    }
}
