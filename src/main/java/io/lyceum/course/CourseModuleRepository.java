package io.lyceum.course;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseModuleRepository extends JpaRepository<CourseModule, Long> {

    List<CourseModule> findByCourseIdOrderByPosition(long courseId);

    long countByCourseIdAndPublishedTrue(long courseId);

    @Query("select coalesce(max(m.position), -1) from CourseModule m where m.courseId = :courseId")
    int maxPosition(long courseId);
}
