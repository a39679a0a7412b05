package io.lyceum.learning;

/**
 * Marking an answer was refused; the message says why, for the marker. {@link #conflict()}: the
 * attempt changed since it was read (someone else marked it meanwhile): reload and look again.
 */
public class AnswerReviewException extends RuntimeException {

    private final boolean conflict;

    private AnswerReviewException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    static AnswerReviewException invalid(String message) {
        return new AnswerReviewException(message, false);
    }

    static AnswerReviewException conflict(String message) {
        return new AnswerReviewException(message, true);
    }

    public boolean conflict() {
        return conflict;
    }
}
