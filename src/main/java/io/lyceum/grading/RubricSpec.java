package io.lyceum.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rubric: criteria, each with levels worth points. Ids are stable across edits, so a grade's
 * clicked levels (criterion id → level id) survive reordering and renaming.
 */
public record RubricSpec(List<Criterion> criteria) {

    public record Criterion(String id, String title, String description, List<Level> levels) {

        public Criterion {
            levels = List.copyOf(levels);
        }

        public BigDecimal maxPoints() {
            return levels.stream().map(Level::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }

        public Optional<Level> level(String levelId) {
            return levels.stream().filter(level -> level.id().equals(levelId)).findFirst();
        }
    }

    public record Level(String id, String title, String description, BigDecimal points) {}

    public RubricSpec {
        criteria = List.copyOf(criteria);
    }

    /** The most a submission can score: every criterion's best level. */
    public BigDecimal maxPoints() {
        return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The points of the clicked levels (criterion id → level id); criteria without a click, and
     * clicks of levels no longer in the rubric, count nothing.
     */
    public BigDecimal score(Map<String, String> levels) {
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            String levelId = levels.get(criterion.id());
            if (levelId != null) {
                total = total.add(criterion.level(levelId).map(Level::points).orElse(BigDecimal.ZERO));
            }
        }
        return total;
    }

    /**
     * The score of the clicked levels in an assignment's points: scaled by {@code points ÷ maxPoints()}
     * when the rubric's best is not the assignment's points; null before any click.
     */
    public @Nullable BigDecimal scoreIn(Map<String, String> levels, BigDecimal points) {
        if (levels.isEmpty()) {
            return null;
        }
        BigDecimal score = score(levels);
        BigDecimal max = maxPoints();
        if (max.signum() == 0 || max.compareTo(points) == 0) {
            return score.setScale(2, RoundingMode.HALF_UP);
        }
        return score.multiply(points).divide(max, 2, RoundingMode.HALF_UP);
    }

    /** Whether every criterion has a level clicked. */
    public boolean complete(Map<String, String> levels) {
        return criteria.stream()
                .allMatch(criterion ->
                        criterion.level(levels.getOrDefault(criterion.id(), "")).isPresent());
    }
}
