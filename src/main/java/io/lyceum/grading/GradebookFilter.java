package io.lyceum.grading;

import org.jspecify.annotations.Nullable;

/** Which learners a gradebook page shows: one cohort's, and/or those whose name or email contains the search. */
public record GradebookFilter(
        @Nullable Long cohortId, @Nullable String search) {

    public static final GradebookFilter ALL = new GradebookFilter(null, null);
}
