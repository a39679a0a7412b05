package io.lyceum.audit;

import io.lyceum.identity.LyceumUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who did something: a member of the organization, platform staff, Lyceum itself, or a visitor. */
public record AuditActor(Kind kind, @Nullable Long id, String name) {

    public enum Kind {
        MEMBER,
        STAFF,
        SYSTEM,
        VISITOR
    }

    static final int NAME_MAX_LENGTH = 300;

    public AuditActor {
        name = name.length() > NAME_MAX_LENGTH ? name.substring(0, NAME_MAX_LENGTH) : name;
    }

    /** Lyceum's own background work (sweeps, imports started by nobody, webhooks). */
    public static AuditActor system() {
        return new AuditActor(Kind.SYSTEM, null, "Lyceum");
    }

    /** Someone not signed in, under the name they gave (the email typed into a login form). */
    public static AuditActor visitor(String claimed) {
        return new AuditActor(Kind.VISITOR, null, claimed);
    }

    /** The person signed in on this thread, or a visitor, or Lyceum itself when no request runs. */
    static AuditActor current(boolean inRequest) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LyceumUser user) {
            return of(user);
        }
        return inRequest ? visitor("") : system();
    }

    /** A member, or staff (also when in an organization in support mode), as the log names them. */
    public static AuditActor of(LyceumUser user) {
        String name = user.displayName() + " <" + user.email() + ">";
        return user.staff()
                ? new AuditActor(Kind.STAFF, Math.abs(user.id()), name)
                : new AuditActor(Kind.MEMBER, user.id(), name);
    }
}
