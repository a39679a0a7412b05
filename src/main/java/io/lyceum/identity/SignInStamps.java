package io.lyceum.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A sign-in holds while the member's password is the one it was made with, and the member is
 * enabled: a new password ends the member's other sessions, and disabling (or removing) a member
 * ends all of theirs, on every node. At sign-in the session records the member's
 * {@code credentials_changed_at} (the stamp); {@link StaleSignInFilter} compares it on every
 * authenticated request with the member's current one. Equality, not order: no clock of any node is
 * compared with another's.
 */
@Component
class SignInStamps {

    static final String SESSION_ATTRIBUTE = SignInStamps.class.getName() + ".stamp";

    /**
     * How long a node trusts the stamp it read, so that a request costs no query: a password set (or
     * a member disabled) on another node ends the sessions held here at most this much later; on the
     * node where it happened, at once.
     */
    static final Duration TTL = Duration.ofSeconds(10);

    /** What a successful sign-in carries to the session it creates (the authentication's details). */
    record SignedIn(Instant stamp) implements Serializable {}

    private final UserRepository users;
    private final TransactionTemplate reading;
    // org:userId -> the member's stamp; empty: no such member, or disabled.
    private final Cache<String, Optional<Instant>> current =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(TTL).build();

    SignInStamps(UserRepository users, PlatformTransactionManager transactions) {
        this.users = users;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** A moment as PostgreSQL keeps it (microseconds), so that what is read back equals what was written. */
    static Instant stamp(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** At sign-in, into the session the sign-in made. */
    void remember(HttpSession session, SignedIn signIn) {
        session.setAttribute(SESSION_ATTRIBUTE, signIn.stamp());
    }

    /** Whether the session's sign-in of the member (on the host in context) still holds. */
    boolean holds(HttpSession session, LyceumUser user) {
        Object recorded = session.getAttribute(SESSION_ATTRIBUTE);
        String host = TenantContext.current().map(Tenant::slug).orElse("");
        return recorded instanceof Instant stamp
                && host.equals(user.org())
                && current(user.org(), user.id()).filter(stamp::equals).isPresent();
    }

    private Optional<Instant> current(String org, long userId) {
        return current.get(
                org + ":" + userId,
                key -> Objects.requireNonNullElse(
                        reading.execute(status -> users.signInStamp(userId, Instant.EPOCH)), Optional.empty()));
    }

    /**
     * In the transaction that gave the member a new password (stamp {@code now}): once it commits, this
     * node reads the member's stamp anew, and the session of the request that did it, if it is the
     * member's own, holds on with the new stamp. A rollback changes nothing.
     */
    void passwordChanged(String org, long userId, Instant now) {
        HttpSession own = ownSession(org, userId);
        afterCommit(() -> {
            current.invalidate(org + ":" + userId);
            if (own != null) {
                try {
                    own.setAttribute(SESSION_ATTRIBUTE, now);
                } catch (IllegalStateException invalidated) {
                    // ended meanwhile: nothing to keep
                }
            }
        });
    }

    /** In the transaction that disabled or removed a member: once it commits, their sessions here end at once. */
    void signInsEnded(String org, long userId) {
        afterCommit(() -> current.invalidate(org + ":" + userId));
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    /** The session of the request in progress, if it is signed in as this member. */
    private static @Nullable HttpSession ownSession(String org, long userId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof LyceumUser user)
                || user.staff()
                || !user.org().equals(org)
                || user.id() != userId
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return null;
        }
        return request.getRequest().getSession(false);
    }
}
