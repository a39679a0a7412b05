package io.lyceum.grading;

import io.lyceum.course.ModuleKind;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A gradable item of a course: a published assignment or quiz module, in outline order.
 *
 * @param categoryId its gradebook category; null = uncategorised
 * @param points the assignment's points; null for a quiz (scored in percent)
 */
public record GradebookItem(
        long moduleId,
        String title,
        ModuleKind kind,
        @Nullable Long categoryId,
        @Nullable BigDecimal points) {}
