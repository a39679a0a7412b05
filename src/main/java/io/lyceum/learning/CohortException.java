package io.lyceum.learning;

/** A change to a cohort or group was refused (a name taken, someone else changed it meanwhile); the message says why. */
public class CohortException extends RuntimeException {

    /** The form field the refusal is about ("name"), or empty when it is about the whole form. */
    private final String field;

    CohortException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
