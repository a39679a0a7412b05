package io.lyceum.course;

/**
 * How many learners a course has; implemented by the learning module once enrollment exists.
 * Until then no course has learners.
 */
public interface CourseEnrollments {

    long count(long courseId);
}
