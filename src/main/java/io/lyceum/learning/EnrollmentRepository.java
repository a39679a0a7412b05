package io.lyceum.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByUserIdAndCourseId(long userId, long courseId);

    List<Enrollment> findByUserIdOrderByEnrolledAtDesc(long userId);

    long countByCourseIdAndStatusNot(long courseId, EnrollmentStatus status);

    boolean existsByCourseId(long courseId);

    /** {course id, learners} for the given courses, withdrawn learners excluded. */
    @Query("""
        select e.courseId, count(e) from Enrollment e
        where e.courseId in :courseIds and e.status <> :status group by e.courseId\
        """)
    List<Object[]> countsByCourse(Collection<Long> courseIds, EnrollmentStatus status);

    @Query("select count(distinct e.userId) from Enrollment e where e.status <> :status")
    long countStudentsExcept(EnrollmentStatus status);

    boolean existsByUserIdAndStatusNot(long userId, EnrollmentStatus status);

    Page<Enrollment> findByCourseIdAndStatusNot(long courseId, EnrollmentStatus status, Pageable pageable);

    Page<Enrollment> findByCourseIdAndStatusNotAndCohortId(
            long courseId, EnrollmentStatus status, long cohortId, Pageable pageable);

    Page<Enrollment> findByCohortIdAndStatusNot(long cohortId, EnrollmentStatus status, Pageable pageable);

    List<Enrollment> findByCohortId(long cohortId);

    List<Enrollment> findByCourseIdAndIdIn(long courseId, Collection<Long> ids);

    /** Best score per quiz module for a page of enrollments: {enrollment id, module id, best}. */
    @Query("""
        select a.enrollmentId, a.moduleId, max(a.score) from QuizAttempt a
        where a.enrollmentId in :enrollmentIds group by a.enrollmentId, a.moduleId\
        """)
    List<Object[]> bestScores(Collection<Long> enrollmentIds);

    @Query(value = """
        select c.module_id from module_completion c join enrollment e on e.id = c.enrollment_id
        where e.user_id = :userId and e.course_id = :courseId\
        """, nativeQuery = true)
    List<Long> completedModules(long userId, long courseId);

    /**
     * Active, unfinished enrollments whose last sign of life (enrolling, a completed module, a
     * restart) is before {@code before}, whose access has not ended, in id order after {@code afterId}:
     * {id, user id, course id, progress, last activity}.
     */
    @Query(value = """
        select e.id, e.user_id, e.course_id, e.progress,
            greatest(e.enrolled_at, e.last_accessed_at, e.restarted_at) as last_activity
        from enrollment e
        where e.status = 'ACTIVE' and e.completed_at is null
            and greatest(e.enrolled_at, e.last_accessed_at, e.restarted_at) < :before
            and (e.access_ends_at is null or e.access_ends_at > :before)
            and e.id > :afterId
        order by e.id limit :limit\
        """, nativeQuery = true)
    List<Object[]> idle(Instant before, long afterId, int limit);
}
