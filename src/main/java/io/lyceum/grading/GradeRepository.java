package io.lyceum.grading;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GradeRepository extends JpaRepository<Grade, Long> {

    Optional<Grade> findBySubmissionId(long submissionId);
}
