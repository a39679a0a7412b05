package io.lyceum.grading;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GradeChangeRepository extends JpaRepository<GradeChange, Long> {

    List<GradeChange> findByModuleIdAndUserIdOrderByChangedAtDescIdDesc(long moduleId, long userId);
}
