package io.lyceum.learning;

/** An enrollment action was refused; the message says why, for the person who tried. */
public class EnrollmentException extends RuntimeException {

    EnrollmentException(String message) {
        super(message);
    }
}
