package io.lyceum.learning;

import java.math.BigDecimal;
import java.util.Collection;
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

    QuizScores() {}

    /** userId → (quiz module id → score), for these learners in the course; one query. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, QuizScore>> best(long courseId, Collection<Long> userIds) {
        throw new UnsupportedOperationException("filled in by the gradebook work");
    }
}
