package io.lyceum.course;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseRepository extends JpaRepository<Course, Long> {

    /**
     * One page of courses with their module counts, filtered and limited to those the person may
     * see; learner counts (0 here) come from the learning module.
     */
    @Query(value = """
            select new io.lyceum.course.CourseSummary(c.id, c.title, c.status,
                (select count(m) from CourseModule m where m.courseId = c.id), 0L, c.updatedAt)
            from Course c
            where (:everything = true or c.ownerId = :userId or :userId member of c.coInstructors)
              and (:status is null or c.status = :status)
              and (:text = '' or lower(c.title) like lower(concat('%', :text, '%')))
            """, countQuery = """
            select count(c) from Course c
            where (:everything = true or c.ownerId = :userId or :userId member of c.coInstructors)
              and (:status is null or c.status = :status)
              and (:text = '' or lower(c.title) like lower(concat('%', :text, '%')))
            """)
    Page<CourseSummary> summaries(boolean everything, long userId, @Nullable CourseStatus status, String text,
            Pageable pageable);

    long countByStatusNot(CourseStatus status);
}
