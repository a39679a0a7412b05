package io.lyceum.learning;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    long countByEnrollmentIdAndModuleIdAndSubmittedAtGreaterThanEqual(long enrollmentId, long moduleId, Instant since);

    @Query("""
            select max(a.score) from QuizAttempt a
            where a.enrollmentId = :enrollmentId and a.moduleId = :moduleId and a.submittedAt >= :since""")
    Optional<BigDecimal> bestScore(long enrollmentId, long moduleId, Instant since);

    /** The attempt, locked until the transaction ends: markers of one attempt take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from QuizAttempt a where a.id = :id")
    Optional<QuizAttempt> findLocked(long id);

    /** A learner's latest attempts at a quiz module since they last started the course over, newest first. */
    List<QuizAttempt> findTop20ByEnrollmentIdAndModuleIdAndSubmittedAtGreaterThanEqualOrderBySubmittedAtDescIdDesc(
            long enrollmentId, long moduleId, Instant since);
}
