package io.lyceum.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByCourseIdAndName(long courseId, String name);

    boolean existsByCourseIdAndNameAndIdNot(long courseId, String name, long id);

    List<Cohort> findByIdIn(Collection<Long> ids);

    /** {cohort, members} of a course's cohorts by name, withdrawn enrollments not counted. */
    @Query("""
        select c, (select count(e) from Enrollment e where e.cohortId = c.id and e.status <> :status)
        from Cohort c where c.courseId = :courseId order by c.name\
        """)
    List<Object[]> withMembers(long courseId, EnrollmentStatus status);

    /** Every cohort name of the organization that has a member, withdrawn enrollments not counted. */
    @Query("""
        select distinct c.name from Cohort c
        where exists (select 1 from Enrollment e where e.cohortId = c.id and e.status <> :status)
        order by c.name\
        """)
    List<String> namesInUse(EnrollmentStatus status);

    @Query("""
        select distinct e.userId from Enrollment e, Cohort c
        where c.id = e.cohortId and c.name = :name and e.status <> :status\
        """)
    List<Long> membersNamed(String name, EnrollmentStatus status);

    /** {user id, cohort name} of the given members' enrollments in a cohort, withdrawn ones excluded. */
    @Query("""
        select distinct e.userId, c.name from Enrollment e, Cohort c
        where c.id = e.cohortId and e.userId in :userIds and e.status <> :status\
        """)
    List<Object[]> namesOf(Collection<Long> userIds, EnrollmentStatus status);
}
