package io.lyceum.learning;

import java.time.Instant;

/**
 * {@code course.completed}: published exactly once per enrollment, by the transaction that brought
 * it to 100 %. Listeners that must not miss it (certificates) handle it after commit.
 */
public record CourseCompleted(String org, long enrollmentId, long userId, long courseId, Instant completedAt) {}
