package io.lyceum.grading;

import java.time.Instant;

/**
 * {@code submission.created}: a learner handed in a version of an assignment (its instructors may be
 * told by email). Carries the organization, since it is handled after commit.
 */
public record SubmissionCreated(
        String org,
        long submissionId,
        long courseId,
        long moduleId,
        long userId,
        int versionNumber,
        boolean late,
        Instant at) {}
