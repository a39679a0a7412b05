package io.lyceum.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerGroupRepository extends JpaRepository<LearnerGroup, Long> {

    List<LearnerGroup> findByCourseIdOrderByName(long courseId);

    boolean existsByCourseIdAndName(long courseId, String name);

    boolean existsByCourseIdAndNameAndIdNot(long courseId, String name, long id);
}
