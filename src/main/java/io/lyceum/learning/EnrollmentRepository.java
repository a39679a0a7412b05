package io.lyceum.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByUserIdAndCourseId(long userId, long courseId);

    List<Enrollment> findByUserIdOrderByEnrolledAtDesc(long userId);

    long countByCourseIdAndStatusNot(long courseId, EnrollmentStatus status);

    @Query("select count(distinct e.userId) from Enrollment e where e.status <> :status")
    long countStudentsExcept(EnrollmentStatus status);

    boolean existsByUserIdAndStatusNot(long userId, EnrollmentStatus status);

    @Query(value = """
            select c.module_id from module_completion c join enrollment e on e.id = c.enrollment_id
            where e.user_id = :userId and e.course_id = :courseId""", nativeQuery = true)
    List<Long> completedModules(long userId, long courseId);
}
