package io.lyceum.grading;

/** Someone else saved the same settings or rubric since they were loaded; nothing was written. */
public class AssignmentConflictException extends RuntimeException {

    AssignmentConflictException(String message) {
        super(message);
    }
}
