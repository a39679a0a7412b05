package io.lyceum.grading;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The settings of one assignment module; its instructions are the module's Markdown body. */
@Entity
@Table(name = "assignment")
class Assignment extends AbstractEntity {

    /** When an assignment module counts as complete for course progress. */
    enum CompletesOn {
        /** Graded at or above its passing percent. */
        PASSED,
        /** As soon as the learner submitted. */
        SUBMITTED
    }

    @Column(name = "module_id", nullable = false, unique = true)
    private long moduleId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "accepts_text", nullable = false)
    private boolean acceptsText = true;

    @Column(name = "accepts_file", nullable = false)
    private boolean acceptsFile = true;

    @Column(name = "file_types", nullable = false)
    private String fileTypes = "pdf,png,jpg,jpeg,txt,docx,zip";

    @Column(name = "max_file_mb", nullable = false)
    private int maxFileMb = 10;

    @Column(name = "due_at")
    private @Nullable Instant dueAt;

    @Column(name = "points", nullable = false)
    private BigDecimal points = BigDecimal.valueOf(100);

    @Column(name = "passing_percent", nullable = false)
    private BigDecimal passingPercent = BigDecimal.valueOf(60);

    @Column(name = "rubric_id")
    private @Nullable Long rubricId;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false)
    private LatePolicy latePolicy = LatePolicy.ACCEPT;

    @Column(name = "late_penalty_per_day", nullable = false)
    private BigDecimal latePenaltyPerDay = BigDecimal.ZERO;

    @Column(name = "group_work", nullable = false)
    private boolean groupWork;

    @Column(name = "resubmissions")
    private @Nullable Integer resubmissions;

    @Enumerated(EnumType.STRING)
    @Column(name = "completes_on", nullable = false)
    private CompletesOn completesOn = CompletesOn.PASSED;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    @Version
    private long version;

    protected Assignment() {}

    Assignment(long moduleId, long courseId) {
        this.moduleId = moduleId;
        this.courseId = courseId;
    }

    /** Takes the settings of a validated form (file types normalised, a penalty only with PENALTY). */
    void apply(AssignmentForm form) {
        AssignmentForm settings = form.normalized();
        acceptsText = settings.acceptsText();
        acceptsFile = settings.acceptsFile();
        fileTypes = settings.fileTypes();
        maxFileMb = settings.maxFileMb();
        dueAt = settings.dueAt();
        points = settings.points();
        passingPercent = settings.passingPercent();
        rubricId = settings.rubricId();
        latePolicy = settings.latePolicy();
        latePenaltyPerDay = settings.latePenaltyPerDay();
        groupWork = settings.groupWork();
        resubmissions = settings.resubmissions();
        completesOn = settings.completesOnSubmission() ? CompletesOn.SUBMITTED : CompletesOn.PASSED;
        anonymous = settings.anonymous();
    }

    /** The settings as a form (to edit, or to copy into another course's assignment). */
    AssignmentForm form() {
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
                completesOn == CompletesOn.SUBMITTED,
                anonymous);
    }

    long moduleId() {
        return moduleId;
    }

    long courseId() {
        return courseId;
    }

    boolean acceptsText() {
        return acceptsText;
    }

    boolean acceptsFile() {
        return acceptsFile;
    }

    String fileTypes() {
        return fileTypes;
    }

    int maxFileMb() {
        return maxFileMb;
    }

    @Nullable Instant dueAt() {
        return dueAt;
    }

    BigDecimal points() {
        return points;
    }

    BigDecimal passingPercent() {
        return passingPercent;
    }

    @Nullable Long rubricId() {
        return rubricId;
    }

    LatePolicy latePolicy() {
        return latePolicy;
    }

    BigDecimal latePenaltyPerDay() {
        return latePenaltyPerDay;
    }

    boolean groupWork() {
        return groupWork;
    }

    @Nullable Integer resubmissions() {
        return resubmissions;
    }

    CompletesOn completesOn() {
        return completesOn;
    }

    boolean anonymous() {
        return anonymous;
    }

    long version() {
        return version;
    }
}
