package io.lyceum.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    long countByEnrollmentIdAndModuleIdAndSubmittedAtGreaterThanEqual(long enrollmentId, long moduleId, Instant since);

    @Query("""
            select max(a.score) from QuizAttempt a
            where a.enrollmentId = :enrollmentId and a.moduleId = :moduleId and a.submittedAt >= :since""")
    Optional<BigDecimal> bestScore(long enrollmentId, long moduleId, Instant since);
}
