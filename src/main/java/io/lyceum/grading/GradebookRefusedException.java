package io.lyceum.grading;

/** A gradebook change refused, with the reason in the reader's language; nothing was saved. */
public class GradebookRefusedException extends RuntimeException {

    private final boolean conflict;

    private GradebookRefusedException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    static GradebookRefusedException invalid(String message) {
        return new GradebookRefusedException(message, false);
    }

    /** Someone else changed it since it was read. */
    static GradebookRefusedException conflict(String message) {
        return new GradebookRefusedException(message, true);
    }

    public boolean conflict() {
        return conflict;
    }
}
