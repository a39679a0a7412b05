package io.lyceum.learning;

/**
 * {@code enrollment.created}: a member is now enrolled in a course (newly, or again after
 * withdrawing), by themselves, an instructor or a CSV import. Published inside the enrolling
 * transaction: a listener that queues a confirmation queues it with the enrollment.
 */
public record EnrollmentCreated(long enrollmentId, long userId, long courseId) {}
