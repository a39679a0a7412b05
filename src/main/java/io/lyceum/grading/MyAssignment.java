package io.lyceum.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as its learner sees it: what it takes, where their work stands, their effective due
 * date (with the reason of an extension), the versions handed in and, only once released, the grade.
 */
public record MyAssignment(
        Settings settings,
        StudentStatus status,
        @Nullable Instant dueAt,
        @Nullable String extensionReason,
        @Nullable String draftText,
        int versionCount,
        List<Version> versions,
        @Nullable Integer resubmissionsLeft,
        boolean canSubmit,
        @Nullable String cannotSubmitReason,
        @Nullable ReleasedGrade grade) {

    /** What the assignment takes. {@code resubmissions} null: any number until the due date. */
    public record Settings(
            boolean acceptsText,
            boolean acceptsFile,
            List<String> fileTypes,
            int maxFileMb,
            BigDecimal points,
            LatePolicy latePolicy,
            BigDecimal latePenaltyPerDay,
            boolean groupWork,
            @Nullable Integer resubmissions) {}

    /** One version handed in, newest first. */
    public record Version(
            int number,
            Instant submittedAt,
            boolean late,
            int daysLate,
            @Nullable UUID fileId,
            @Nullable String fileName) {}

    /**
     * A released grade. {@code feedbackHtml} is sanitized; {@code levels} maps criterion id → level id;
     * {@code earlierVersion}: the learner handed in again after it was given.
     */
    public record ReleasedGrade(
            @Nullable BigDecimal points,
            BigDecimal maxPoints,
            BigDecimal penaltyPercent,
            @Nullable RubricSpec rubric,
            Map<String, String> levels,
            String feedbackHtml,
            @Nullable UUID feedbackFile,
            Instant releasedAt,
            boolean earlierVersion) {}

    /** Whether this learner has handed in anything. */
    public boolean submitted() {
        return versionCount > 0;
    }
}
