package io.lyceum.platform;

/**
 * A plan edit refused, in the reader's language; {@code field} names the form field at fault (or
 * is empty: a stale edit, a plan in use).
 */
public class InvalidPlanException extends RuntimeException {

    private final String field;

    InvalidPlanException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
