package io.lyceum.identity;

/** A user could not be created; {@code field} names the input at fault, for the form to mark. */
public class InvalidUserException extends RuntimeException {

    private final String field;

    public InvalidUserException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
