package io.lyceum.grading;

/** Where a learner's work on an assignment stands. Lateness is shown beside it ({@code late}). */
public enum SubmissionStatus {
    /** Written or uploaded but not yet handed in. */
    DRAFT,
    /** Handed in, waiting for a grade. */
    SUBMITTED,
    /** Graded, not yet released to the learner. */
    GRADED,
    /** Grade released: the learner sees the grade, the rubric and the feedback. */
    RETURNED
}
