package io.lyceum.grading;

/** A refusal that needs stored data (a rubric of another course, a read-only course): {@code field} names where it belongs. */
public class InvalidAssignmentException extends RuntimeException {

    private final String field;

    InvalidAssignmentException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form's property the refusal concerns; empty for the form as a whole. */
    public String field() {
        return field;
    }
}
