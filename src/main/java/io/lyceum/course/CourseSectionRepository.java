package io.lyceum.course;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseSectionRepository extends JpaRepository<CourseSection, Long> {

    List<CourseSection> findByCourseIdOrderByPosition(long courseId);

    @Query("select coalesce(max(s.position), -1) from CourseSection s where s.courseId = :courseId")
    int maxPosition(long courseId);
}
