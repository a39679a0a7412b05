package io.lyceum.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assignment's settings, read by the submission, grading and gradebook work: which module and
 * course it belongs to, its title (the module's), and everything the course builder sets. Times are
 * UTC. {@code version} is what a settings edit saves against.
 *
 * @param assignmentId the row of table {@code assignment}
 * @param fileTypes accepted extensions, lower case, comma-separated ({@link #fileTypeList()})
 * @param dueAt the course-wide due date; cohorts and extensions may move it (see {@link Deadlines})
 * @param rubricId the course rubric graded with, null = none ({@link #rubricTitle}: its title)
 * @param resubmissions allowed after the first submission; null = any number until the due date
 * @param completesOnSubmission complete when submitted; otherwise when graded at or above passing
 */
public record AssignmentSettings(
        long assignmentId,
        long moduleId,
        long courseId,
        String title,
        boolean acceptsText,
        boolean acceptsFile,
        String fileTypes,
        int maxFileMb,
        @Nullable Instant dueAt,
        BigDecimal points,
        BigDecimal passingPercent,
        @Nullable Long rubricId,
        @Nullable String rubricTitle,
        LatePolicy latePolicy,
        BigDecimal latePenaltyPerDay,
        boolean groupWork,
        @Nullable Integer resubmissions,
        boolean completesOnSubmission,
        boolean anonymous,
        long version) {

    public List<String> fileTypeList() {
        return AssignmentForm.fileTypeList(fileTypes);
    }

    /** The settings as the editor edits them. */
    public AssignmentForm form() {
        return new AssignmentForm(
                acceptsText,
                acceptsFile,
                fileTypes,
                maxFileMb,
                dueAt,
                points,
                passingPercent,
                rubricId,
                latePolicy,
                latePenaltyPerDay,
                groupWork,
                resubmissions,
                completesOnSubmission,
                anonymous);
    }
}
