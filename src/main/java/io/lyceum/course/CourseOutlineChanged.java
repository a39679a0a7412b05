package io.lyceum.course;

/**
 * Published in the transaction that changed which modules of a course count for progress
 * (published, required, added, deleted): enrolled students' progress is recomputed.
 */
public record CourseOutlineChanged(long courseId) {}
