package io.lyceum.learning;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners' quiz results for the gradebook: each learner's best attempt per quiz module since they
 * last started the course over, in percent, and whether answers of it still wait to be marked.
 * Callers check access.
 */
@Service
public class QuizScores {

    /** A learner's result in one quiz module. */
    public record QuizScore(BigDecimal percent, boolean pendingReview) {}

    private final EntityManager entityManager;

    QuizScores(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** userId → (quiz module id → score), for these learners in the course; one query. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, QuizScore>> best(long courseId, Collection<Long> userIds) {
        var scores = new HashMap<Long, Map<Long, QuizScore>>();
        if (userIds.isEmpty()) {
            return scores;
        }
        // Attempts count from the restart, as QuizTaking counts them (Enrollment.attemptsCountFrom); of
        // equal best scores the latest attempt speaks for the pending review.
        List<?> rows = entityManager
                .createNativeQuery("""
                        select distinct on (e.user_id, a.module_id) e.user_id, a.module_id, a.score, a.pending_review
                        from quiz_attempt a
                        join enrollment e on e.id = a.enrollment_id
                        where e.course_id = ?1 and e.user_id in (?2)
                          and a.submitted_at >= coalesce(e.restarted_at, timestamptz 'epoch')
                        order by e.user_id, a.module_id, a.score desc, a.submitted_at desc, a.id desc""")
                .setParameter(1, courseId)
                .setParameter(2, userIds)
                .getResultList();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            scores.computeIfAbsent(((Number) values[0]).longValue(), id -> new HashMap<>())
                    .put(((Number) values[1]).longValue(), new QuizScore((BigDecimal) values[2], (Boolean) values[3]));
        }
        return scores;
    }
}
