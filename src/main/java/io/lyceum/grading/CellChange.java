package io.lyceum.grading;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a gradebook cell as the gradebook shows it, in percent.
 *
 * @param source where it was changed: {@code grading}, {@code gradebook} or {@code answer_review}
 * @param changedBy the changer's name; null when nobody (background work) or the account is gone
 */
public record CellChange(
        @Nullable BigDecimal oldValue,
        @Nullable BigDecimal newValue,
        String reason,
        String source,
        @Nullable String changedBy,
        Instant changedAt) {}
