package io.lyceum.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be. One place, checked through {@link Password} and {@link
 * PasswordApartFromEmail} by forms and the services behind them.
 */
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

    /** The rules a password can break on its own; each has its message in the bundle. */
    public enum Rule {
        TOO_SHORT("password.too-short"),
        TOO_LONG("password.too-long"),
        UNMIXED("password.unmixed"),
        GUESSABLE("password.guessable");

        final String messageKey;

        Rule(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private PasswordPolicy() {}

    /** The first rule the password breaks; empty when it is acceptable on its own. */
    public static Optional<Rule> broken(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Rule.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Rule.TOO_LONG);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of(Rule.UNMIXED);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of(Rule.GUESSABLE);
        }
        return Optional.empty();
    }

    /** Whether the password contains the name part of the member's email address (4 letters or more). */
    public static boolean mentionsEmail(String password, String email) {
        String local =
                email.contains("@") ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) : "";
        return local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local);
    }
}
