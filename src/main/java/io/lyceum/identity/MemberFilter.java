package io.lyceum.identity;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which members the People page lists: text in the name or email, and any of a role, a status, a
 * last sign-in and a cohort (null: any). A cohort matches the cohort an admin filed the member in
 * and, as {@code cohortMembers}, the members whose enrollments carry it (which the learning module
 * knows).
 */
public record MemberFilter(
        String text,
        @Nullable Role role,
        @Nullable MemberStatus status,
        @Nullable LastSignIn lastSignIn,
        @Nullable String cohort,
        Collection<Long> cohortMembers) {

    public MemberFilter {
        text = text.strip();
        cohort = cohort == null || cohort.isBlank() ? null : cohort.strip();
        cohortMembers = Set.copyOf(cohortMembers);
    }

    public static MemberFilter text(String text) {
        return new MemberFilter(text, null, null, null, null, Set.of());
    }
}
