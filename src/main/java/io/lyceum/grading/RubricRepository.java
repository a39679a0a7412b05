package io.lyceum.grading;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RubricRepository extends JpaRepository<Rubric, Long> {

    Page<Rubric> findByCourseIdOrderByTitleAscIdAsc(long courseId, Pageable pageable);

    Page<Rubric> findByCourseIdAndTitleContainingIgnoreCaseOrderByTitleAscIdAsc(
            long courseId, String text, Pageable pageable);

    /** A copy of a rubric made earlier in the same duplication: same course, title and spec. */
    Optional<Rubric> findFirstByCourseIdAndTitleAndSpec(long courseId, String title, String spec);

    @Query("select count(a) from Assignment a where a.rubricId = :rubricId")
    long countUses(long rubricId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Assignment a set a.rubricId = null, a.version = a.version + 1 where a.rubricId = :rubricId")
    int detach(long rubricId);
}
