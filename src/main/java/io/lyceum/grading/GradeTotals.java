package io.lyceum.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The gradebook's arithmetic, the one rule for instructors' and learners' totals.
 *
 * <ul>
 *   <li>An item without a grade does not count (it is not a zero: type 0 into the cell for that).
 *   <li>A category's mean: the mean of its graded items after dropping its {@code dropLowest} lowest
 *       grades, always keeping at least one.
 *   <li>The uncategorised items form one more category whose weight is what the categories leave of
 *       100 % ({@code max(0, 100 − Σ weights)}): with no categories they are all of the total; with
 *       categories weighing 100 % or more they are shown but do not count.
 *   <li>The total: {@code Σ(mean × weight) / Σ(weight)} over the categories that have a grade and a
 *       weight, so weights need not add up to 100 and an empty category does not pull the total down.
 *   <li>Means and totals are rounded half up to two decimals; the letter is that of the highest step of
 *       the scale at or below the total.
 * </ul>
 */
final class GradeTotals {

    /** The key of the uncategorised items' mean. */
    static final long UNCATEGORISED = 0L;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    record Result(Map<Long, BigDecimal> means, @Nullable BigDecimal total) {}

    private GradeTotals() {}

    static BigDecimal uncategorisedWeight(List<GradebookCategory> categories) {
        BigDecimal sum = categories.stream().map(GradebookCategory::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return HUNDRED.subtract(sum).max(BigDecimal.ZERO);
    }

    /** A learner's category means and total from their grades in percent by module id. */
    static Result of(List<GradebookItem> items, List<GradebookCategory> categories, Map<Long, BigDecimal> percents) {
        var byCategory = new LinkedHashMap<Long, List<BigDecimal>>();
        var known = new HashMap<Long, GradebookCategory>();
        categories.forEach(category -> known.put(category.id(), category));
        for (GradebookItem item : items) {
            BigDecimal percent = percents.get(item.moduleId());
            if (percent == null) {
                continue;
            }
            Long category = item.categoryId();
            long key = category != null && known.containsKey(category) ? category : UNCATEGORISED;
            byCategory.computeIfAbsent(key, k -> new ArrayList<>()).add(percent);
        }
        var means = new LinkedHashMap<Long, BigDecimal>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (var entry : byCategory.entrySet()) {
            GradebookCategory category = known.get(entry.getKey());
            int drop = category == null ? 0 : category.dropLowest();
            BigDecimal weight = category == null ? uncategorisedWeight(categories) : category.weight();
            BigDecimal mean = mean(entry.getValue(), drop);
            means.put(entry.getKey(), mean);
            if (weight.signum() > 0) {
                weighted = weighted.add(mean.multiply(weight));
                weights = weights.add(weight);
            }
        }
        BigDecimal total = weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
        return new Result(means, total);
    }

    static BigDecimal mean(List<BigDecimal> grades, int dropLowest) {
        var kept = new ArrayList<>(grades);
        kept.sort(BigDecimal::compareTo);
        int drop = Math.min(dropLowest, kept.size() - 1);
        var counted = kept.subList(drop, kept.size());
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
    }

    /** The letter for a total on a scale ordered highest first; null for no total or a total below every step. */
    static @Nullable String letter(@Nullable BigDecimal total, List<GradeLetter> scale) {
        if (total == null) {
            return null;
        }
        return scale.stream()
                .filter(step -> total.compareTo(step.minPercent()) >= 0)
                .map(GradeLetter::letter)
                .findFirst()
                .orElse(null);
    }
}
