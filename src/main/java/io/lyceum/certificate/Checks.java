package io.lyceum.certificate;

import org.jspecify.annotations.Nullable;

/** Validation shared by the certificate values, with messages an admin can act on. */
final class Checks {

    private Checks() {}

    /** Stripped {@code value}; refuses blank, over-long and unprintable text (it would break the XHTML). */
    static String text(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        String text = value.strip();
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters, was " + length);
        }
        if (!text.codePoints().allMatch(Checks::printable)) {
            throw new IllegalArgumentException(field + " must not contain control or invalid characters");
        }
        return text;
    }

    static @Nullable String optionalText(String field, @Nullable String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    // XML 1.0 refuses control characters, lone surrogates and U+FFFE/U+FFFF.
    private static boolean printable(int cp) {
        return !Character.isISOControl(cp)
                && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                && cp != 0xFFFE
                && cp != 0xFFFF;
    }
}
