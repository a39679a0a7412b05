package io.lyceum.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of the organization in context for work that runs with nobody signed in (mail to admins
 * about billing, reminders to learners): addresses of active members only, never a search.
 */
@Service
public class Members {

    private final UserRepository users;

    Members(UserRepository users) {
        this.users = users;
    }

    /** The organization's admins who can sign in, oldest first. */
    @Transactional(readOnly = true)
    public List<UserSummary> admins() {
        return users.withRole(Role.ADMIN, "", Pageable.unpaged()).stream()
                .filter(User::enabled)
                .sorted(Comparator.comparing(User::createdAt).thenComparing(User::id))
                .map(UserSummary::of)
                .toList();
    }

    /**
     * Members' names by id, to say who taught a course or holds a certificate: names only, for work
     * that runs with nobody signed in (issuing certificates, mail) and for pages every member reads
     * (the catalog). Deactivated members keep their names on what they did.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : users.findByIdIn(ids).stream().collect(Collectors.toMap(User::id, User::displayName));
    }

    /** A member who can sign in; empty for an unknown id or a disabled account. */
    @Transactional(readOnly = true)
    public Optional<UserSummary> active(long userId) {
        return users.findById(userId).filter(User::enabled).map(UserSummary::of);
    }

    /** How many members the organization has, active or not: a count for Lyceum's own figures (the console). */
    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }
}
