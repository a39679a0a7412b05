package io.lyceum.grading;

/**
 * Another instructor saved this grade since it was opened: nothing of this save was written, and the
 * message names who changed it and when, so the grader can look at theirs before saving again.
 */
public class GradeConflictException extends RuntimeException {

    GradeConflictException(String message) {
        super(message);
    }
}
