package io.lyceum.grading;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A learner's line of the gradebook.
 *
 * @param cells by module id; items without a grade are absent
 * @param categoryMeans by category id ({@link GradeTotals#UNCATEGORISED} for the uncategorised items)
 */
public record GradebookRow(
        long userId,
        String name,
        String email,
        @Nullable String cohort,
        Map<Long, GradebookCell> cells,
        Map<Long, BigDecimal> categoryMeans,
        @Nullable BigDecimal total,
        @Nullable String letter) {

    public GradebookRow {
        cells = Map.copyOf(cells);
        categoryMeans = Map.copyOf(categoryMeans);
    }

    public GradebookCell cell(long moduleId) {
        return cells.getOrDefault(moduleId, GradebookCell.NONE);
    }
}
