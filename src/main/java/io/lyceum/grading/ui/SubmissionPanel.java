package io.lyceum.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.upload.LimitedUpload;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.content.ModuleContent;
import io.lyceum.files.FileRejectedException;
import io.lyceum.files.FileStore;
import io.lyceum.grading.LatePolicy;
import io.lyceum.grading.MyAssignment;
import io.lyceum.grading.RubricSpec;
import io.lyceum.grading.SubmissionException;
import io.lyceum.grading.Submissions;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * A learner's work on an assignment, below its instructions in the course player: where it stands,
 * the due date (an extension with its reason), the online text (kept as a draft while typing), a
 * file, Submit (Resubmit, confirmed), the versions handed in and, once released, the grade with its
 * rubric and feedback. One column: it fits a phone.
 */
class SubmissionPanel extends Section {

    final Badge status = new Badge();
    final Paragraph due = new Paragraph();
    final Paragraph rules = new Paragraph();
    final TextArea text = new TextArea();
    final Span chosenFile = new Span();
    final Button submit = new Button();
    final Paragraph refusal = new Paragraph();
    final Paragraph resubmissions = new Paragraph();
    final Div versions = new Div();
    final Div grade = new Div();

    @Nullable Upload upload;

    private final Submissions submissions;
    private final long courseId;
    private final long moduleId;
    private final Moments moments;
    private MyAssignment work;
    private Submissions.@Nullable Upload pending;

    SubmissionPanel(Submissions submissions, long courseId, long moduleId) {
        this.submissions = submissions;
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.moments = new Moments(getLocale(), TenantContext.require().timeZone());
        addClassName("submission-panel");
        this.work = submissions.mine(courseId, moduleId);
        var header = new Div(new H3(getTranslation("submission.heading")), status);
        header.addClassName("submission-header");
        add(header, due, rules);
        MyAssignment.Settings settings = work.settings();
        if (settings.acceptsText()) {
            text.setLabel(getTranslation("submission.text.label"));
            text.setHelperText(getTranslation("submission.text.helper"));
            text.setMaxLength(Submissions.TEXT_MAX_LENGTH);
            text.setWidthFull();
            text.setMinHeight("10em");
            text.setValue(work.draftText() == null ? "" : work.draftText());
            // LAZY: saved when the learner pauses typing, not on every key.
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    saveDraft(change.getValue());
                }
            });
            add(text);
        }
        if (settings.acceptsFile()) {
            add(upload(settings), chosenFile);
        }
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> askAndSubmit());
        refusal.addClassName("submission-refusal");
        add(submit, refusal, resubmissions, versions, grade);
        render();
    }

    private Upload upload(MyAssignment.Settings settings) {
        var upload = new Upload();
        this.upload = upload;
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(
                settings.fileTypes().stream().map(type -> "." + type).toArray(String[]::new));
        String types = String.join(", ", settings.fileTypes()).toUpperCase(Locale.ROOT);
        var label = new Span(getTranslation("submission.file.label", types, settings.maxFileMb()));
        label.setId("submission-file-label-" + moduleId);
        upload.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        upload.setDropLabel(label);
        Tenant tenant = TenantContext.require();
        // Streamed: the body is read as it arrives and cut off one byte beyond the assignment's size.
        LimitedUpload.configureStreaming(upload, DataSize.ofMegabytes(settings.maxFileMb()), (ui, metadata, body) -> {
            try {
                Submissions.Upload stored = TenantContext.callAs(tenant, () -> {
                    var result = new Submissions.Upload[1];
                    ConstraintMessages.runIn(ui.getLocale(), () -> result[0] = store(metadata.fileName(), body));
                    return result[0];
                });
                ui.access(() -> {
                    upload.clearFileList();
                    chosen(stored);
                });
            } catch (FileRejectedException | SubmissionException | PlanLimitException e) {
                ui.access(() -> {
                    upload.clearFileList();
                    Toast.error(e.getMessage());
                });
            }
        });
        upload.addFileRejectedListener(event -> Toast.error(event.getErrorMessage()));
        return upload;
    }

    private Submissions.Upload store(String fileName, InputStream body) {
        try {
            return submissions.upload(courseId, moduleId, fileName, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the upload does with a file it received (on the UI thread; a test hands files in here). */
    void received(String fileName, InputStream body) {
        try {
            chosen(store(fileName, body));
        } catch (FileRejectedException | SubmissionException | PlanLimitException e) {
            Toast.error(e.getMessage());
        }
    }

    private void chosen(Submissions.Upload stored) {
        pending = stored;
        chosenFile.setText(getTranslation("submission.file.chosen", stored.name()));
    }

    private void saveDraft(String value) {
        try {
            submissions.saveDraft(courseId, moduleId, value);
        } catch (SubmissionException e) {
            Toast.error(e.getMessage());
        }
    }

    private void askAndSubmit() {
        if (!work.submitted()) {
            doSubmit();
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("submission.resubmit.title"));
        dialog.setText(
                work.resubmissionsLeft() == null
                        ? getTranslation("submission.resubmit.text")
                        : getTranslation("submission.resubmit.text-left", Math.max(0, work.resubmissionsLeft() - 1)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("submission.cancel"));
        dialog.setConfirmText(getTranslation("submission.resubmit"));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(confirm -> doSubmit());
        dialog.open();
    }

    private void doSubmit() {
        try {
            MyAssignment.Version version = submissions.submit(
                    courseId,
                    moduleId,
                    work.settings().acceptsText() ? text.getValue() : null,
                    pending == null ? null : pending.id());
            pending = null;
            chosenFile.setText("");
            Toast.success(getTranslation("submission.submitted", version.number()));
            render();
        } catch (SubmissionException e) {
            Toast.error(e.getMessage());
        }
    }

    private void render() {
        work = submissions.mine(courseId, moduleId);
        status.setText(getTranslation("submission.status." + work.status().name()));
        status.setTone(
                switch (work.status()) {
                    case GRADED -> Badge.Tone.SUCCESS;
                    case LATE -> Badge.Tone.ERROR;
                    case SUBMITTED -> Badge.Tone.PRIMARY;
                    default -> Badge.Tone.NEUTRAL;
                });
        if (work.dueAt() == null) {
            due.setText(getTranslation("submission.due.none"));
        } else if (work.extensionReason() != null) {
            due.setText(
                    getTranslation("submission.due.extended", moments.dateTime(work.dueAt()), work.extensionReason()));
        } else {
            due.setText(getTranslation("submission.due", moments.dateTime(work.dueAt())));
        }
        rules.setText(rules(work.settings()));
        submit.setText(getTranslation(work.submitted() ? "submission.resubmit" : "submission.submit"));
        submit.setEnabled(work.canSubmit());
        refusal.setText(work.cannotSubmitReason() == null ? "" : work.cannotSubmitReason());
        refusal.setVisible(work.cannotSubmitReason() != null);
        resubmissions.setText(
                work.resubmissionsLeft() == null
                        ? getTranslation("submission.resubmissions-any")
                        : getTranslation("submission.resubmissions-left", work.resubmissionsLeft()));
        resubmissions.setVisible(work.submitted());
        renderVersions();
        renderGrade();
    }

    private String rules(MyAssignment.Settings settings) {
        String points = getTranslation("submission.points", settings.points().stripTrailingZeros());
        String late = settings.latePolicy() == LatePolicy.PENALTY
                ? getTranslation(
                        "submission.late-policy.PENALTY",
                        settings.latePenaltyPerDay().stripTrailingZeros())
                : getTranslation(
                        "submission.late-policy." + settings.latePolicy().name());
        String group = settings.groupWork() ? " " + getTranslation("submission.group") : "";
        return points + " " + late + group;
    }

    private void renderVersions() {
        versions.removeAll();
        if (!work.submitted()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("submission-versions");
        for (MyAssignment.Version version : work.versions()) {
            var item = new ListItem();
            item.add(new Span(
                    getTranslation("submission.version", version.number(), moments.dateTime(version.submittedAt()))));
            item.add(new Span(
                    version.late()
                            ? getTranslation("submission.version.late", version.daysLate())
                            : getTranslation("submission.version.on-time")));
            if (version.fileId() != null && version.fileName() != null) {
                item.add(download(version.fileName(), version.fileId()));
            }
            list.add(item);
        }
        versions.add(new H4(getTranslation("submission.versions")), list);
        if (work.versionCount() > work.versions().size()) {
            versions.add(new Paragraph(
                    getTranslation("submission.versions.more", work.versions().size(), work.versionCount())));
        }
    }

    private void renderGrade() {
        grade.removeAll();
        MyAssignment.ReleasedGrade released = work.grade();
        if (released == null) {
            return;
        }
        grade.addClassName("submission-grade");
        grade.add(new H4(getTranslation("submission.grade")));
        if (released.earlierVersion()) {
            grade.add(new Paragraph(getTranslation("submission.grade.earlier")));
        }
        grade.add(new Paragraph(
                released.points() == null
                        ? getTranslation("submission.grade.no-points")
                        : getTranslation(
                                "submission.grade.points",
                                released.points().stripTrailingZeros(),
                                released.maxPoints().stripTrailingZeros())));
        if (released.penaltyPercent().signum() > 0) {
            grade.add(new Paragraph(getTranslation(
                    "submission.grade.penalty", released.penaltyPercent().stripTrailingZeros())));
        }
        if (released.rubric() != null) {
            grade.add(rubric(released.rubric(), released));
        }
        if (!released.feedbackHtml().isEmpty()) {
            grade.add(new H4(getTranslation("submission.grade.feedback")), ModuleContent.html(released.feedbackHtml()));
        }
        if (released.feedbackFile() != null) {
            grade.add(
                    new Paragraph(download(getTranslation("submission.grade.feedback-file"), released.feedbackFile())));
        }
    }

    /** Each criterion with its levels; the level given is marked, in words as well as by style. */
    private Div rubric(RubricSpec rubric, MyAssignment.ReleasedGrade released) {
        var table = new Div();
        table.addClassName("submission-rubric");
        table.add(new H4(getTranslation("submission.grade.rubric")));
        for (RubricSpec.Criterion criterion : rubric.criteria()) {
            var levels = new UnorderedList();
            String chosen = released.levels().get(criterion.id());
            for (RubricSpec.Level level : criterion.levels()) {
                var item = new ListItem(getTranslation(
                        "submission.grade.level", level.title(), level.points().stripTrailingZeros()));
                if (!level.description().isBlank()) {
                    item.add(new Paragraph(level.description()));
                }
                if (level.id().equals(chosen)) {
                    item.addClassName("chosen");
                    item.add(new Badge(getTranslation("submission.grade.level.chosen"), Badge.Tone.SUCCESS));
                }
                levels.add(item);
            }
            var block = new Div(new Paragraph(criterion.title()), levels);
            block.addClassName("submission-criterion");
            table.add(block);
        }
        return table;
    }

    private static Anchor download(String name, UUID file) {
        var link = new Anchor(FileStore.url(file), name);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        return link;
    }

    MyAssignment work() {
        return work;
    }
}
