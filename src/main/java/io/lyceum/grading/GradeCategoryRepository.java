package io.lyceum.grading;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GradeCategoryRepository extends JpaRepository<GradeCategory, Long> {

    List<GradeCategory> findByCourseIdOrderByPositionAscIdAsc(long courseId);

    boolean existsByCourseIdAndNameIgnoreCase(long courseId, String name);

    @Query("select coalesce(max(c.position), -1) from GradeCategory c where c.courseId = :courseId")
    int maxPosition(long courseId);
}
