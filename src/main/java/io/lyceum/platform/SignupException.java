package io.lyceum.platform;

/**
 * Sign-up was refused or failed; nothing of the organization remains. {@code field} names the
 * input at fault (a {@link SignupRequest} component), or is empty when no input is.
 */
public class SignupException extends RuntimeException {

    private final String field;

    SignupException(String field, String message) {
        super(message);
        this.field = field;
    }

    SignupException(String message, Throwable cause) {
        super(message, cause);
        this.field = "";
    }

    public String field() {
        return field;
    }
}
