package io.lyceum.learning;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    long countByEnrollmentIdAndModuleId(long enrollmentId, long moduleId);

    @Query("select max(a.score) from QuizAttempt a where a.enrollmentId = :enrollmentId and a.moduleId = :moduleId")
    Optional<BigDecimal> bestScore(long enrollmentId, long moduleId);
}
