package io.lyceum.identity;

import io.lyceum.base.throttle.ClientAddress;
import io.lyceum.base.throttle.Throttle;
import io.lyceum.base.validation.ConstraintMessages;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing strangers a way to lock the owner out. Failures
 * count four ways:
 * <ul>
 * <li>per account and address: {@value #MAX_PER_ACCOUNT_AND_ADDRESS} in {@link #WINDOW} stop that
 * address for that account (the owner elsewhere is unaffected);</li>
 * <li>per account from anywhere: {@value #MAX_PER_ACCOUNT} an hour, a slower back-off against
 * guessing from many addresses. Browsers that signed in to the account before ({@link KnownDevices})
 * are spared it, and a new password lifts it;</li>
 * <li>per organization and address: {@value #MAX_PER_ORG_AND_ADDRESS} in {@link #WINDOW}, against
 * trying many accounts of one organization (an office behind one address meets it only by the
 * dozen);</li>
 * <li>per address across all organizations: {@value #MAX_PER_ADDRESS} in {@link #WINDOW}.</li>
 * </ul>
 * Addresses count by {@link ClientAddress} (IPv6 by /64). Accounts are counted whether they exist
 * or not, so the answers reveal nothing about who is a member. Counters are bounded and expire.
 */
@Component
class LoginThrottle {

    static final int MAX_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int MAX_PER_ACCOUNT = 20;
    static final int MAX_PER_ORG_AND_ADDRESS = 20;
    static final int MAX_PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Why sign-in is refused for now, and for how long. */
    record Refusal(Kind kind, Duration retryAfter) implements Serializable {

        enum Kind {
            ACCOUNT_FROM_ADDRESS("login.locked.account-from-address"),
            ACCOUNT("login.locked.account"),
            ADDRESS("login.locked.address");

            private final String message;

            Kind(String message) {
                this.message = message;
            }
        }

        /** In the reader's language: the login page's when it shows it, English when nobody reads it. */
        String message() {
            return ConstraintMessages.get(kind.message, Throttle.minutes(retryAfter));
        }
    }

    private final Throttle accountFromAddress;
    private final Throttle account;
    private final Throttle orgFromAddress;
    private final Throttle address;

    LoginThrottle(Clock clock) {
        this.accountFromAddress = new Throttle(MAX_PER_ACCOUNT_AND_ADDRESS, WINDOW, clock);
        this.account = new Throttle(MAX_PER_ACCOUNT, Duration.ofHours(1), clock);
        this.orgFromAddress = new Throttle(MAX_PER_ORG_AND_ADDRESS, WINDOW, clock);
        this.address = new Throttle(MAX_PER_ADDRESS, WINDOW, clock);
    }

    /** Whether sign-in is refused for now; {@code knownDevice}: the browser signed in to the account before. */
    Optional<Refusal> refusal(String org, String email, String from, boolean knownDevice) {
        String client = ClientAddress.key(from);
        return Stream.of(
                        accountFromAddress
                                .blocked(accountKey(org, email) + "@" + client)
                                .map(wait -> new Refusal(Refusal.Kind.ACCOUNT_FROM_ADDRESS, wait)),
                        knownDevice
                                ? Optional.<Refusal>empty()
                                : account.blocked(accountKey(org, email))
                                        .map(wait -> new Refusal(Refusal.Kind.ACCOUNT, wait)),
                        orgFromAddress.blocked(org + "@" + client).map(wait -> new Refusal(Refusal.Kind.ADDRESS, wait)),
                        address.blocked(client).map(wait -> new Refusal(Refusal.Kind.ADDRESS, wait)))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Refusal::retryAfter));
    }

    void failed(String org, String email, String from) {
        String client = ClientAddress.key(from);
        accountFromAddress.tryAcquire(accountKey(org, email) + "@" + client);
        account.tryAcquire(accountKey(org, email));
        orgFromAddress.tryAcquire(org + "@" + client);
        address.tryAcquire(client);
    }

    void succeeded(String org, String email, String from) {
        accountFromAddress.reset(accountKey(org, email) + "@" + ClientAddress.key(from));
    }

    /**
     * A new password lifts the account's back-off, and the limit of the address it was set from
     * (the owner's); addresses that were guessing stay stopped.
     */
    void passwordChanged(String org, String email, @Nullable String from) {
        account.reset(accountKey(org, email));
        if (from != null) {
            accountFromAddress.reset(accountKey(org, email) + "@" + ClientAddress.key(from));
        }
    }

    long accountsTracked() {
        return account.size();
    }

    private static String accountKey(String org, String email) {
        return org + ":" + User.normalizeEmail(email);
    }
}
