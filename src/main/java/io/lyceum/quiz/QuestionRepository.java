package io.lyceum.quiz;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionRepository extends JpaRepository<Question, Long> {

    @Query("select q from Question q where :text = '' or lower(q.text) like lower(concat('%', :text, '%'))")
    Page<Question> search(String text, Pageable pageable);
}
