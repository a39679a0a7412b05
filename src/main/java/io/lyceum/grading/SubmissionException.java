package io.lyceum.grading;

/** A learner's submission was refused; the message says why, for the learner. */
public class SubmissionException extends RuntimeException {

    SubmissionException(String message) {
        super(message);
    }
}
