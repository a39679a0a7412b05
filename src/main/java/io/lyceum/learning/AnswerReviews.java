package io.lyceum.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz answers a person marks: essays, and short answers the quiz asks a person to review. Marking
 * one updates its attempt's score (and may pass it, completing the module); {@link AnswerReviewed}
 * tells the gradebook. Only the course's instructors and admins.
 */
@Service
public class AnswerReviews {

    /** One answer to mark, or marked already ({@code reviewedPoints} set). */
    public record ReviewAnswer(
            long attemptId,
            long userId,
            String studentName,
            int questionIndex,
            String question,
            int points,
            String answer,
            Instant submittedAt,
            long attemptVersion,
            @Nullable BigDecimal reviewedPoints,
            String feedback) {}

    /** A quiz module of the course with answers waiting to be marked. */
    public record ModuleToReview(long moduleId, String title, int waiting) {}

    AnswerReviews() {}

    /** The course's quiz modules with answers waiting, by position. */
    @Transactional(readOnly = true)
    public List<ModuleToReview> modulesToReview(long courseId) {
        throw new UnsupportedOperationException("filled in by the essays work");
    }

    /** The answers of a quiz module to mark (waiting first, then marked), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ReviewAnswer> answers(long courseId, long moduleId, int offset, int limit) {
        throw new UnsupportedOperationException("filled in by the essays work");
    }

    /**
     * Marks an answer: {@code points} of the question's, with feedback. Refused (with a clear message)
     * when the attempt changed since {@code expectedAttemptVersion}; nothing is lost.
     */
    @Transactional
    public ReviewAnswer review(
            long attemptId, int questionIndex, long expectedAttemptVersion, BigDecimal points, String feedback) {
        throw new UnsupportedOperationException("filled in by the essays work");
    }
}
