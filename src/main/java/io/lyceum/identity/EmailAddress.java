package io.lyceum.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** A practical check of email syntax, the same for every form. */
public final class EmailAddress {

    // One @, a dotted domain, no spaces: what people type by mistake is caught, odd-but-valid passes.
    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public static final String INVALID = "Enter a valid email address, like name@example.com";

    private EmailAddress() {}

    public static Optional<String> problem(String email) {
        String value = email.strip();
        if (value.isEmpty()) {
            return Optional.of("Enter an email address");
        }
        if (value.length() > User.EMAIL_MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            return Optional.of(INVALID);
        }
        return Optional.empty();
    }
}
