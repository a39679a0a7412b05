package io.lyceum.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a password must be. One place, used by sign-up forms and the services behind them. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of(
            "password123",
            "password1234",
            "1234567890",
            "qwertyuiop",
            "letmein123",
            "welcome123",
            "iloveyou12",
            "administrator",
            "passw0rd123",
            "abc1234567");

    private PasswordPolicy() {}

    /** Why the password is too weak, in words for the person typing it; empty when it is acceptable. */
    public static Optional<String> problem(String password, String email) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("Mix letters with digits or symbols");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("This password is too easy to guess");
        }
        String local =
                email.contains("@") ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) : "";
        if (local.length() >= 4 && lower.contains(local)) {
            return Optional.of("Don't use your email address in your password");
        }
        return Optional.empty();
    }
}
