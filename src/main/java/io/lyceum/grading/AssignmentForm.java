package io.lyceum.grading;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * An assignment's settings as the course builder edits them. {@code dueAt} is UTC (the editor enters it
 * in the organization's time zone); {@code resubmissions} null = any number until the due date.
 */
public record AssignmentForm(
        boolean acceptsText,
        boolean acceptsFile,

        @Size(max = FILE_TYPES_MAX_LENGTH, message = "{text.too-long}") String fileTypes,

        @Range(min = 1, max = MAX_FILE_MB, message = "{assignment.max-file.range}")
        int maxFileMb,

        @Nullable Instant dueAt,

        @NotNull(message = "{assignment.points.positive}") @DecimalMin(value = "0", inclusive = false, message = "{assignment.points.positive}") @Digits(integer = 5, fraction = 2, message = "{assignment.points.digits}") BigDecimal points,

        @NotNull(message = "{assignment.percent.range}") @DecimalMin(value = "0", message = "{assignment.percent.range}") @DecimalMax(value = "100", message = "{assignment.percent.range}") BigDecimal passingPercent,

        @Nullable Long rubricId,
        @NotNull LatePolicy latePolicy,

        @NotNull(message = "{assignment.percent.range}") @DecimalMin(value = "0", message = "{assignment.percent.range}") @DecimalMax(value = "100", message = "{assignment.percent.range}") BigDecimal latePenaltyPerDay,

        boolean groupWork,

        @Nullable @Min(value = 0, message = "{assignment.resubmissions.min}") Integer resubmissions,

        boolean completesOnSubmission,
        boolean anonymous) {

    public static final int FILE_TYPES_MAX_LENGTH = 200;
    public static final int MAX_FILE_MB = 50;

    /** The file name extensions an assignment may accept: documents, images, archives a browser can handle. */
    public static final List<String> ALLOWED_FILE_TYPES = List.of(
            "pdf", "png", "jpg", "jpeg", "gif", "webp", "txt", "md", "docx", "xlsx", "pptx", "odt", "zip", "csv");

    /** The extensions of a comma list ("PDF, .docx" → pdf, docx), lower case, without dots or repeats. */
    public static List<String> fileTypeList(String commaList) {
        Set<String> types = new LinkedHashSet<>();
        Arrays.stream(commaList.split(","))
                .map(type -> type.strip().toLowerCase(Locale.ROOT))
                .map(type -> type.startsWith(".") ? type.substring(1) : type)
                .filter(type -> !type.isEmpty())
                .forEach(types::add);
        return List.copyOf(types);
    }

    /** The types of a comma list that are not allowed. */
    public static List<String> unknownFileTypes(String commaList) {
        return fileTypeList(commaList).stream()
                .filter(type -> !ALLOWED_FILE_TYPES.contains(type))
                .toList();
    }

    /** Work must be handed in somehow: online text, a file, or both. */
    @AssertTrue(message = "{assignment.submission-type.required}") public boolean isHandedInSomehow() {
        return acceptsText || acceptsFile;
    }

    /** Accepting files needs at least one type, and every type from the allowlist. */
    @AssertTrue(message = "{assignment.file-types.allowed}") public boolean isFileTypesAllowed() {
        return !acceptsFile
                || (!fileTypeList(fileTypes).isEmpty()
                        && unknownFileTypes(fileTypes).isEmpty());
    }

    /** The same form with its file types written the one way they are stored. */
    AssignmentForm normalized() {
        return new AssignmentForm(
                acceptsText,
                acceptsFile,
                String.join(",", fileTypeList(fileTypes)),
                maxFileMb,
                dueAt,
                points,
                passingPercent,
                rubricId,
                latePolicy,
                latePolicy == LatePolicy.PENALTY ? latePenaltyPerDay : BigDecimal.ZERO,
                groupWork,
                resubmissions,
                completesOnSubmission,
                anonymous);
    }
}
