package io.lyceum.grading;

/**
 * Where a learner's work stands as the learner sees it. A grade not yet released is not shown in
 * any way: graded work looks exactly like submitted work until the instructor releases it.
 */
public enum StudentStatus {
    /** Nothing written or handed in yet. */
    NOT_STARTED,
    /** A draft saved, nothing handed in. */
    DRAFT,
    /** Handed in on time (graded or not, while the grade is unreleased). */
    SUBMITTED,
    /** Handed in after the effective due date (graded or not, while the grade is unreleased). */
    LATE,
    /** The grade is released: points, rubric and feedback are shown. */
    GRADED
}
