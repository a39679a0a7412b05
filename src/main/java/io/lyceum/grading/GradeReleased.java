package io.lyceum.grading;

import java.time.Instant;

/** {@code grade.released}: a learner may now see the grade, rubric and feedback of their submission. */
public record GradeReleased(String org, long submissionId, long courseId, long moduleId, long userId, Instant at) {}
