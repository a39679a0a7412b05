package io.lyceum.grading;

import io.lyceum.learning.AnswerReviewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A marked quiz answer changes the attempt's score: the gradebook cell's history keeps it, in the
 * marking's own transaction (the event is published there), like every other grade change.
 */
@Component
class AnswerReviewHistory {

    private final GradeHistory history;

    AnswerReviewHistory(GradeHistory history) {
        this.history = history;
    }

    @EventListener
    void on(AnswerReviewed event) {
        history.record(
                event.courseId(),
                event.moduleId(),
                event.userId(),
                event.oldScore(),
                event.newScore(),
                "",
                GradeChange.Source.ANSWER_REVIEW);
    }
}
