package io.lyceum.notification;

import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.MembersOnly;
import io.lyceum.identity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Which non-essential mail a person wants from the organization in context: a member chooses on
 * their notifications page; anyone with an unsubscribe link (no sign-in) gives up one kind. Kinds
 * are named as {@code MailKind}'s constants ("COURSE_REMINDER").
 */
@Service
public class MailPreferences {

    /** One kind of non-essential mail and whether the person still receives it. */
    public record Preference(String kind, boolean wanted) {}

    /** What an unsubscribe link stands for: the address and the kind it stops. */
    public record Link(String email, String kind) {}

    private final Unsubscribes unsubscribes;
    private final CurrentUser currentUser;

    MailPreferences(Unsubscribes unsubscribes, CurrentUser currentUser) {
        this.unsubscribes = unsubscribes;
        this.currentUser = currentUser;
    }

    /**
     * The signed-in member's choices, one per non-essential kind they can get, in the order of
     * {@code MailKind}: mail for those who teach is offered to instructors and admins only.
     */
    @MembersOnly
    public List<Preference> mine() {
        LyceumUser me = currentUser.require();
        boolean teaches = me.has(Role.INSTRUCTOR) || me.has(Role.ADMIN);
        Set<MailKind> optOuts = unsubscribes.optOuts(me.email());
        return Arrays.stream(MailKind.values())
                .filter(kind -> !kind.essential())
                .filter(kind -> teaches || !kind.forTeachers())
                .map(kind -> new Preference(kind.name(), !optOuts.contains(kind)))
                .toList();
    }

    @MembersOnly
    public void choose(String kind, boolean wanted) {
        MailKind chosen = Unsubscribes.optional(kind)
                .orElseThrow(() -> new IllegalArgumentException("No non-essential mail kind " + kind));
        unsubscribes.choose(currentUser.require().email(), chosen, wanted);
    }

    /** The link's address and kind, when the token and the kind are both known here. */
    public Optional<Link> link(String token, String kind) {
        if (Unsubscribes.optional(kind).isEmpty()) {
            return Optional.empty();
        }
        return unsubscribes.recipient(token).map(email -> new Link(email, kind));
    }

    /** The link's one click: false for a token or kind unknown here. */
    public boolean unsubscribe(String token, String kind) {
        return unsubscribes.unsubscribe(token, kind);
    }
}
