package io.lyceum.grading;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionVersionRepository extends JpaRepository<SubmissionVersion, Long> {

    List<SubmissionVersion> findBySubmissionIdOrderByNumberDesc(long submissionId);

    Optional<SubmissionVersion> findFirstBySubmissionIdOrderByNumberDesc(long submissionId);
}
