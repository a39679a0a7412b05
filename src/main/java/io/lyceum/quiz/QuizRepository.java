package io.lyceum.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findByModuleId(long moduleId);
}
