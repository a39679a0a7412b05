package io.lyceum.grading;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByModuleId(long moduleId);

    List<Assignment> findByCourseId(long courseId);
}
