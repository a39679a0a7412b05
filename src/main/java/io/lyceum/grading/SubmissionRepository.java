package io.lyceum.grading;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByAssignmentIdAndUserId(long assignmentId, long userId);

    /**
     * The learner's submission row, created if there is none: two requests at once (a double click,
     * two tabs) both get the one row instead of one of them failing on the unique key.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "insert into submission (assignment_id, user_id, status, late, version)"
                    + " values (:assignmentId, :userId, 'DRAFT', false, 0)"
                    + " on conflict (assignment_id, user_id) do nothing",
            nativeQuery = true)
    void createIfAbsent(long assignmentId, long userId);

    /** The learner's submission, locked until the transaction ends: hand-ins of one learner take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Submission s where s.assignmentId = :assignmentId and s.userId = :userId")
    Optional<Submission> findLocked(long assignmentId, long userId);
}
