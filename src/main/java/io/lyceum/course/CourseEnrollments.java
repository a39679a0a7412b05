package io.lyceum.course;

import java.util.Collection;
import java.util.Map;

/**
 * How many learners courses have; implemented by the learning module, which owns enrollment (the
 * course module never reads its tables).
 */
public interface CourseEnrollments {

    long count(long courseId);

    /** Whether anyone was ever enrolled, withdrawn learners included (their history must stay). */
    boolean anyEver(long courseId);

    /** Learners (not withdrawn) per course, for a page of courses; courses without any are absent. */
    Map<Long, Long> counts(Collection<Long> courseIds);
}
