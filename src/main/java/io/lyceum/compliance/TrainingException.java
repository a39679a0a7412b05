package io.lyceum.compliance;

/** A required-training change was refused; the message says why, in the reader's language. */
public class TrainingException extends RuntimeException {

    TrainingException(String message) {
        super(message);
    }
}
