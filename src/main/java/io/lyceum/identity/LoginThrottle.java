package io.lyceum.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import io.lyceum.base.throttle.Throttle;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing strangers a way to lock the owner out. Failures
 * count three ways:
 * <ul>
 * <li>per account and address: {@value #MAX_PER_ACCOUNT_AND_ADDRESS} in {@link #WINDOW} stop that
 * address for that account (the owner elsewhere is unaffected);</li>
 * <li>per account from anywhere: {@value #MAX_PER_ACCOUNT} an hour, a slower back-off against
 * guessing from many addresses, which the owner escapes by setting a new password;</li>
 * <li>per address for any account: {@value #MAX_PER_ADDRESS} in {@link #WINDOW}.</li>
 * </ul>
 * Accounts are counted whether they exist or not, so the answers reveal nothing about who is a
 * member. Counters are bounded and expire ({@link Throttle}).
 */
@Component
class LoginThrottle {

    static final int MAX_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int MAX_PER_ACCOUNT = 20;
    static final int MAX_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Why sign-in is refused for now, and for how long. */
    record Refusal(Kind kind, Duration retryAfter) {

        enum Kind {
            ACCOUNT_FROM_ADDRESS, ACCOUNT, ADDRESS
        }

        String message() {
            long minutes = Throttle.minutes(retryAfter);
            String when = "Try again in " + minutes + (minutes == 1 ? " minute" : " minutes");
            return switch (kind) {
                case ACCOUNT_FROM_ADDRESS -> "Too many failed sign-in attempts. " + when + ".";
                case ACCOUNT -> "Too many failed sign-in attempts for this account. " + when
                        + ", or ask your administrator for a link to set a new password.";
                case ADDRESS -> "Too many failed sign-in attempts from your network. " + when + ".";
            };
        }
    }

    private final Throttle accountFromAddress;
    private final Throttle account;
    private final Throttle address;

    LoginThrottle(Clock clock) {
        this.accountFromAddress = new Throttle(MAX_PER_ACCOUNT_AND_ADDRESS, WINDOW, clock);
        this.account = new Throttle(MAX_PER_ACCOUNT, Duration.ofHours(1), clock);
        this.address = new Throttle(MAX_PER_ADDRESS, WINDOW, clock);
    }

    Optional<Refusal> refusal(String org, String email, String from) {
        return Stream.of(
                        accountFromAddress.blocked(accountKey(org, email) + "@" + from)
                                .map(wait -> new Refusal(Refusal.Kind.ACCOUNT_FROM_ADDRESS, wait)),
                        account.blocked(accountKey(org, email)).map(wait -> new Refusal(Refusal.Kind.ACCOUNT, wait)),
                        address.blocked(from).map(wait -> new Refusal(Refusal.Kind.ADDRESS, wait)))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Refusal::retryAfter));
    }

    void failed(String org, String email, String from) {
        accountFromAddress.tryAcquire(accountKey(org, email) + "@" + from);
        account.tryAcquire(accountKey(org, email));
        address.tryAcquire(from);
    }

    void succeeded(String org, String email, String from) {
        accountFromAddress.reset(accountKey(org, email) + "@" + from);
    }

    /** A new password ends every back-off of the account: the owner is back in. */
    void passwordChanged(String org, String email) {
        account.reset(accountKey(org, email));
        accountFromAddress.resetAll(accountKey(org, email) + "@");
    }

    long accountsTracked() {
        return account.size();
    }

    private static String accountKey(String org, String email) {
        return org + ":" + User.normalizeEmail(email);
    }
}
