package io.lyceum.grading;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionVersionRepository extends JpaRepository<SubmissionVersion, Long> {

    List<SubmissionVersion> findBySubmissionIdOrderByNumberDesc(long submissionId);

    Optional<SubmissionVersion> findFirstBySubmissionIdOrderByNumberDesc(long submissionId);

    List<SubmissionVersion> findBySubmissionIdOrderByNumberDesc(long submissionId, Pageable page);

    int countBySubmissionId(long submissionId);
}
