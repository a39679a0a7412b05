package io.lyceum.grading;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One learner's grade in one item.
 *
 * @param percent what counts: the override if there is one, else the item's own score; null = no grade
 * @param overridden typed into the gradebook, taking precedence over the item's own score
 * @param released false for an assignment grade the learner cannot see yet
 * @param pendingReview a quiz's best attempt whose answers still wait to be marked
 * @param version the cell's override version, for optimistic locking (0: never overridden)
 */
public record GradebookCell(
        @Nullable BigDecimal percent, boolean overridden, boolean released, boolean pendingReview, long version) {

    static final GradebookCell NONE = new GradebookCell(null, false, true, false, 0);
}
