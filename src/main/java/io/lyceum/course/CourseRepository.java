package io.lyceum.course;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
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
    Page<CourseSummary> summaries(
            boolean everything, long userId, @Nullable CourseStatus status, String text, Pageable pageable);

    long countByStatusNot(CourseStatus status);

    /**
     * Where each of these courses stands among those not {@code excluded} (1 for the oldest, ties by
     * id): the plan's place of each, as rows of id and position; an excluded course has no row.
     */
    @Query(nativeQuery = true, value = """
            select id, position from (
                select c.id, row_number() over (order by c.created_at, c.id) as position
                from course c where c.status <> :excluded) ranked
            where id in (:ids)
            """)
    List<Object[]> positionsAmongAllBut(String excluded, Collection<Long> ids);

    /** The course, locked until the transaction ends: changes of its files are made one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Course c where c.id = :id")
    Optional<Course> lockById(long id);

    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = "delete from course_file where course_id = :courseId")
    void forgetFiles(long courseId);

    @Modifying(flushAutomatically = true)
    @Query(
            nativeQuery = true,
            value = "insert into course_file (course_id, file_id, for_members)"
                    + " values (:courseId, :file, :forMembers)")
    void rememberFile(long courseId, UUID file, boolean forMembers);

    /**
     * Whether a course showing the file is one the person may see it in: theirs to teach (or any, for
     * an admin), or published with the file in a part its members see.
     */
    @Query(nativeQuery = true, value = """
            select exists (select 1 from course_file cf join course c on c.id = cf.course_id
                where cf.file_id = :file
                  and ((c.status = 'PUBLISHED' and cf.for_members) or :admin or c.owner_id = :userId
                       or exists (select 1 from course_instructor ci where ci.course_id = c.id and ci.user_id = :userId)))
            """)
    boolean showsFileTo(UUID file, long userId, boolean admin);
}
