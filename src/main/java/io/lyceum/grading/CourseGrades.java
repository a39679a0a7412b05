package io.lyceum.grading;

import io.lyceum.course.ModuleKind;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A learner's own grades in one course: released grades only, with the totals they make. */
public record CourseGrades(
        long courseId,
        String title,
        List<Item> items,
        List<CategoryTotal> categories,
        @Nullable BigDecimal total,
        @Nullable String letter) {

    public CourseGrades {
        items = List.copyOf(items);
        categories = List.copyOf(categories);
    }

    /**
     * One item and the learner's grade in it.
     *
     * @param points the assignment's points earned (null for quizzes, overrides and no grade)
     * @param maxPoints the assignment's points (null for quizzes)
     * @param category the category's name; null = uncategorised
     */
    public record Item(
            long moduleId,
            String title,
            ModuleKind kind,
            @Nullable String category,
            @Nullable BigDecimal percent,
            @Nullable BigDecimal points,
            @Nullable BigDecimal maxPoints,
            boolean pendingReview,
            boolean overridden) {}

    /** A category's mean for the learner; name null = uncategorised items. */
    public record CategoryTotal(
            @Nullable String name,
            BigDecimal weight,
            @Nullable BigDecimal mean) {}
}
