package io.lyceum.course;

/**
 * How many learners courses have; implemented by the learning module, which owns enrollment (the
 * course module never reads its tables).
 */
public interface CourseEnrollments {

    long count(long courseId);

    /** Whether anyone was ever enrolled, withdrawn learners included (their history must stay). */
    boolean anyEver(long courseId);

    /** Learners (not withdrawn) per course, for a page of courses; courses without any are absent. */
    java.util.Map<Long, Long> counts(java.util.Collection<Long> courseIds);
}
