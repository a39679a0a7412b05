package io.lyceum.grading;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByAssignmentIdAndUserId(long assignmentId, long userId);
}
