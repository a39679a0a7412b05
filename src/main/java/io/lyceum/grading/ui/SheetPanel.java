package io.lyceum.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.markdown.SafeMarkdown;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.upload.LimitedUpload;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.files.FileRejectedException;
import io.lyceum.files.FileStore;
import io.lyceum.grading.GradeConflictException;
import io.lyceum.grading.Grading;
import io.lyceum.grading.GradingRefusedException;
import io.lyceum.grading.RubricSpec;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One submission being graded: the work (text rendered safely, a PDF or image inline, other files to
 * download), the rubric as buttons (a click, or keys 1–9 for the highlighted criterion, scores it),
 * points where there is no rubric, an override with its reason, feedback and a file. Every change is
 * saved as it is made, so moving on or closing the tab loses nothing; a save against a grade someone
 * else changed is refused, their grade shown, and the grader's own changes kept to apply again.
 */
class SheetPanel extends Section {

    final H2 learner = new H2();
    final Span position = new Span();
    final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    final Badge status = new Badge();
    final Paragraph meta = new Paragraph();
    final Div work = new Div();
    final Div rubric = new Div();
    final BigDecimalField points = new BigDecimalField();
    final BigDecimalField override = new BigDecimalField();
    final TextField overrideReason = new TextField();
    final Paragraph score = new Paragraph();
    final TextArea feedback = new TextArea();
    final Span feedbackFile = new Span();
    final Upload feedbackUpload = new Upload();
    final Button save = new Button();
    final Button release = new Button();
    final Span saveState = new Span();
    final Button applyMine = new Button();
    final Map<String, Map<String, Button>> levelButtons = new LinkedHashMap<>();

    private final Grading grading;
    private final Moments moments;
    private final Runnable onSaved;
    private Grading.@Nullable Sheet sheet;
    private final Map<String, String> levels = new LinkedHashMap<>();
    private @Nullable UUID feedbackFileId;
    private long gradeVersion = Grading.NO_GRADE;
    private int currentCriterion;
    private Grading.@Nullable GradeInput refused;
    private boolean loading;

    SheetPanel(Grading grading, Runnable onSaved) {
        this.grading = grading;
        this.onSaved = onSaved;
        this.moments = new Moments(getLocale(), TenantContext.require().timeZone());
        addClassName("grading-sheet");
        previous.setAriaLabel(getTranslation("grading.previous"));
        previous.setTooltipText(getTranslation("grading.previous.tooltip"));
        previous.getElement().setAttribute("aria-keyshortcuts", "k");
        next.setAriaLabel(getTranslation("grading.next"));
        next.setTooltipText(getTranslation("grading.next.tooltip"));
        next.getElement().setAttribute("aria-keyshortcuts", "j");
        var navigation = new Div(previous, position, next);
        navigation.addClassName("grading-nav");
        var header = new Div(learner, status, navigation);
        header.addClassName("grading-sheet-header");
        meta.addClassName("grading-meta");
        work.addClassName("grading-work");
        rubric.addClassName("grading-rubric");

        points.setLabel(getTranslation("grading.points"));
        override.setLabel(getTranslation("grading.override"));
        override.setHelperText(getTranslation("grading.override.helper"));
        override.setClearButtonVisible(true);
        overrideReason.setLabel(getTranslation("grading.override.reason"));
        overrideReason.setMaxLength(500);
        feedback.setLabel(getTranslation("grading.feedback"));
        feedback.setHelperText(getTranslation("grading.feedback.helper"));
        feedback.setMaxLength(SafeMarkdown.MAX_LENGTH);
        feedback.setWidthFull();
        feedback.setMinHeight("8em");
        // Synced when the field is left (before a click elsewhere is handled); while typing, the view's
        // script sends the text after a pause with the submission it belongs to (see typed).
        feedback.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        feedback.addClassName("grading-feedback");
        points.addValueChangeListener(change -> changed(change.isFromClient()));
        override.addValueChangeListener(change -> changed(change.isFromClient()));
        overrideReason.addValueChangeListener(change -> changed(change.isFromClient()));
        feedback.addValueChangeListener(change -> changed(change.isFromClient()));
        score.addClassName("grading-score");
        score.getElement().setAttribute("aria-live", "polite");
        saveState.addClassName("grading-save-state");
        saveState.getElement().setAttribute("aria-live", "polite");

        save.setText(getTranslation("grading.save"));
        save.setTooltipText(getTranslation("grading.save.tooltip"));
        save.getElement().setAttribute("aria-keyshortcuts", "Control+Enter");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveNow());
        release.setText(getTranslation("grading.release"));
        release.addClickListener(click -> releaseThis());
        applyMine.setText(getTranslation("grading.apply-mine"));
        applyMine.setVisible(false);
        applyMine.addClickListener(click -> applyRefused());
        configureUpload();
        var actions = new Div(save, release, saveState, applyMine);
        actions.addClassName("grading-actions");
        var fileLine = new Div(feedbackFile, feedbackUpload);
        fileLine.addClassName("grading-feedback-file");
        var overrideLine = new Div(override, overrideReason);
        overrideLine.addClassName("grading-override");
        add(
                header,
                meta,
                work,
                new H3(getTranslation("grading.grade")),
                rubric,
                points,
                score,
                overrideLine,
                feedback,
                fileLine,
                actions);
    }

    Grading.@Nullable Sheet sheet() {
        return sheet;
    }

    /** Shows a sheet as loaded from the server: whatever was on the panel before is saved already. */
    void show(Grading.Sheet shown) {
        loading = true;
        try {
            this.sheet = shown;
            getElement().setAttribute("data-submission", Long.toString(shown.submissionId()));
            levels.clear();
            levels.putAll(shown.levels());
            gradeVersion = shown.gradeVersion();
            feedbackFileId = shown.feedbackFile();
            currentCriterion = 0;
            refused = null;
            applyMine.setVisible(false);
            learner.setText(shown.learner());
            position.setText(getTranslation("grading.position", shown.position(), shown.total()));
            previous.setEnabled(true);
            next.setEnabled(true);
            renderMeta(shown);
            renderWork(shown);
            renderRubric(shown);
            points.setVisible(shown.rubric() == null);
            points.setValue(tidy(shown.typedPoints()));
            points.setHelperText(getTranslation("grading.points.helper", plain(shown.maxPoints())));
            override.setValue(tidy(shown.overridePoints()));
            overrideReason.setValue(shown.overrideReason());
            overrideReason.setInvalid(false);
            feedback.setValue(shown.feedback());
            renderFeedbackFile(shown.feedbackFileName());
            renderStatus(shown.status());
            saveState.setText(
                    shown.gradedAt() == null
                            ? getTranslation("grading.state.ungraded")
                            : getTranslation("grading.state.saved", moments.dateTime(shown.gradedAt())));
            renderScore();
        } finally {
            loading = false;
        }
    }

    private void renderMeta(Grading.Sheet shown) {
        var parts = new StringBuilder(
                getTranslation("grading.meta.version", shown.versionNumber(), moments.dateTime(shown.submittedAt())));
        if (shown.cohort() != null) {
            parts.append(" · ").append(shown.cohort());
        }
        if (shown.dueAt() != null) {
            parts.append(" · ")
                    .append(
                            shown.extensionReason() == null
                                    ? getTranslation("grading.meta.due", moments.dateTime(shown.dueAt()))
                                    : getTranslation(
                                            "grading.meta.extended",
                                            moments.dateTime(shown.dueAt()),
                                            shown.extensionReason()));
        }
        if (shown.late()) {
            parts.append(" · ").append(getTranslation("grading.meta.late", shown.daysLate()));
            if (shown.penaltyPercent().signum() > 0) {
                parts.append(" · ").append(getTranslation("grading.meta.penalty", plain(shown.penaltyPercent())));
            }
        }
        meta.setText(parts.toString());
    }

    private void renderWork(Grading.Sheet shown) {
        work.removeAll();
        if (shown.textHtml() != null) {
            var text = new Div();
            text.addClassName("grading-text");
            // Rendered by SafeMarkdown: sanitized, no script, no styles of its own.
            text.getElement().setProperty("innerHTML", shown.textHtml());
            work.add(text);
        }
        if (shown.fileId() != null) {
            String url = FileStore.url(shown.fileId());
            String name = shown.fileName() == null ? "" : shown.fileName();
            switch (shown.preview()) {
                case PDF -> {
                    var frame = new IFrame(url);
                    frame.setTitle(getTranslation("grading.file.preview", name));
                    frame.addClassName("grading-pdf");
                    work.add(frame);
                }
                case IMAGE -> {
                    var image = new Image(url, getTranslation("grading.file.preview", name));
                    image.addClassName("grading-image");
                    work.add(image);
                }
                case DOWNLOAD -> {}
            }
            var download = new Anchor(url, getTranslation("grading.file.download", name));
            download.getElement().setAttribute("download", true);
            work.add(new Paragraph(download));
        }
    }

    private void renderRubric(Grading.Sheet shown) {
        rubric.removeAll();
        levelButtons.clear();
        RubricSpec spec = shown.rubric();
        rubric.setVisible(spec != null);
        if (spec == null) {
            return;
        }
        int index = 0;
        for (RubricSpec.Criterion criterion : spec.criteria()) {
            int criterionIndex = index++;
            var row = new Div();
            row.addClassName("grading-criterion");
            var title = new Span(criterion.title());
            title.addClassName("grading-criterion-title");
            title.setId("criterion-" + criterion.id());
            var buttons = new Div();
            buttons.addClassName("grading-levels");
            buttons.getElement().setAttribute("role", "group");
            buttons.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
            var byLevel = new LinkedHashMap<String, Button>();
            int number = 1;
            for (RubricSpec.Level level : criterion.levels()) {
                var button =
                        new Button(getTranslation("grading.level", number++, level.title(), plain(level.points())));
                if (!level.description().isBlank()) {
                    button.setTooltipText(level.description());
                }
                button.addClickListener(click -> click(criterionIndex, level.id()));
                byLevel.put(level.id(), button);
                buttons.add(button);
            }
            levelButtons.put(criterion.id(), byLevel);
            row.add(title, buttons);
            rubric.add(row);
        }
        renderLevels();
    }

    private void renderLevels() {
        RubricSpec spec = sheet == null ? null : sheet.rubric();
        if (spec == null) {
            return;
        }
        int index = 0;
        for (RubricSpec.Criterion criterion : spec.criteria()) {
            boolean current = index++ == currentCriterion;
            levelButtons.get(criterion.id()).forEach((levelId, button) -> {
                boolean chosen = levelId.equals(levels.get(criterion.id()));
                button.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
                if (chosen) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                } else {
                    button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
            });
            rubric.getChildren()
                    .skip(index - 1L)
                    .findFirst()
                    .ifPresent(row -> row.getElement().getClassList().set("current", current));
        }
    }

    /** A rubric level clicked: chosen (or, clicked again, unchosen); the next criterion is highlighted. */
    void click(int criterionIndex, String levelId) {
        RubricSpec spec = sheet == null ? null : sheet.rubric();
        if (spec == null || criterionIndex >= spec.criteria().size()) {
            return;
        }
        String criterionId = spec.criteria().get(criterionIndex).id();
        if (levelId.equals(levels.get(criterionId))) {
            levels.remove(criterionId);
        } else {
            levels.put(criterionId, levelId);
        }
        currentCriterion = Math.min(criterionIndex + 1, spec.criteria().size() - 1);
        renderLevels();
        changed(true);
    }

    /**
     * Feedback typed on the sheet of {@code submissionId}: saved when that sheet is still the one
     * shown (text typed for a learner the grader has since moved on from was saved on leaving the field).
     */
    void typed(long submissionId, String text) {
        if (sheet == null || sheet.submissionId() != submissionId || text.equals(feedback.getValue())) {
            return;
        }
        loading = true;
        try {
            feedback.setValue(text);
        } finally {
            loading = false;
        }
        saveNow();
    }

    /** Key 1–9: that level of the highlighted criterion. */
    void level(int number) {
        RubricSpec spec = sheet == null ? null : sheet.rubric();
        if (spec == null || spec.criteria().isEmpty()) {
            return;
        }
        List<RubricSpec.Level> choices = spec.criteria().get(currentCriterion).levels();
        if (number >= 1 && number <= choices.size()) {
            click(currentCriterion, choices.get(number - 1).id());
        }
    }

    private void renderScore() {
        if (sheet == null) {
            return;
        }
        BigDecimal raw = raw();
        String max = plain(sheet.maxPoints());
        if (override.getValue() != null) {
            score.setText(getTranslation("grading.score.override", plain(override.getValue()), max));
        } else if (raw == null) {
            score.setText(getTranslation("grading.score.none", max));
        } else if (sheet.penaltyPercent().signum() > 0) {
            BigDecimal after = io.lyceum.grading.LatePolicy.afterPenalty(raw, sheet.penaltyPercent());
            score.setText(getTranslation(
                    "grading.score.penalty", plain(raw), max, plain(sheet.penaltyPercent()), plain(after)));
        } else {
            score.setText(getTranslation("grading.score", plain(raw), max));
        }
    }

    /** The points before any penalty or override, as the panel holds them now. */
    private @Nullable BigDecimal raw() {
        if (sheet == null) {
            return null;
        }
        return sheet.rubric() == null ? points.getValue() : sheet.rubric().scoreIn(levels, sheet.maxPoints());
    }

    private void changed(boolean fromGrader) {
        if (loading || !fromGrader) {
            return;
        }
        renderScore();
        saveNow();
    }

    /** Saves what is on the panel now; false when it could not be saved (the reason is shown). */
    boolean saveNow() {
        if (sheet == null) {
            return true;
        }
        if (override.getValue() != null && overrideReason.getValue().isBlank()) {
            overrideReason.setInvalid(true);
            overrideReason.setErrorMessage(ConstraintMessages.get("grading.override-reason"));
            saveState.setText(getTranslation("grading.state.needs-reason"));
            return false;
        }
        overrideReason.setInvalid(false);
        var input = input(gradeVersion);
        try {
            gradeVersion = grading.save(sheet.courseId(), sheet.moduleId(), sheet.submissionId(), input);
            saveState.setText(getTranslation("grading.state.saved-now"));
            boolean graded = input.overridePoints() != null || raw() != null;
            renderStatus(
                    sheet.releasedAt() != null
                            ? Grading.QueueStatus.RELEASED
                            : graded ? Grading.QueueStatus.GRADED : Grading.QueueStatus.TO_GRADE);
            onSaved.run();
            return true;
        } catch (GradingRefusedException e) {
            saveState.setText(e.getMessage());
            Toast.error(e.getMessage());
            return false;
        } catch (GradeConflictException e) {
            Toast.error(e.getMessage());
            Grading.GradeInput mine = input;
            show(grading.open(sheet.courseId(), sheet.moduleId(), sheet.submissionId(), Grading.QueueFilter.ALL));
            refused = mine;
            applyMine.setVisible(true);
            saveState.setText(e.getMessage());
            return false;
        }
    }

    /** After a refused save: the grader's own changes on top of the grade now saved. */
    void applyRefused() {
        if (refused == null || sheet == null) {
            return;
        }
        Grading.GradeInput mine = refused;
        loading = true;
        try {
            levels.clear();
            levels.putAll(mine.levels());
            points.setValue(mine.points());
            override.setValue(mine.overridePoints());
            overrideReason.setValue(mine.overrideReason());
            feedback.setValue(mine.feedback());
            feedbackFileId = mine.feedbackFile();
            renderLevels();
            renderScore();
        } finally {
            loading = false;
        }
        refused = null;
        applyMine.setVisible(false);
        saveNow();
    }

    private Grading.GradeInput input(long version) {
        return new Grading.GradeInput(
                Map.copyOf(levels),
                points.getValue(),
                override.getValue(),
                overrideReason.getValue(),
                feedback.getValue(),
                feedbackFileId,
                version);
    }

    private void releaseThis() {
        if (sheet == null || !saveNow()) {
            return;
        }
        try {
            grading.release(sheet.courseId(), sheet.moduleId(), sheet.submissionId());
            Toast.success(getTranslation("grading.released", sheet.learner()));
            show(grading.open(sheet.courseId(), sheet.moduleId(), sheet.submissionId(), Grading.QueueFilter.ALL));
            onSaved.run();
        } catch (GradingRefusedException e) {
            Toast.error(e.getMessage());
        }
    }

    private void renderStatus(Grading.QueueStatus state) {
        status.setText(getTranslation("grading.status." + state.name().toLowerCase(Locale.ROOT)));
        status.setTone(
                switch (state) {
                    case TO_GRADE -> Badge.Tone.PRIMARY;
                    case GRADED -> Badge.Tone.NEUTRAL;
                    case RELEASED -> Badge.Tone.SUCCESS;
                });
        release.setEnabled(state == Grading.QueueStatus.GRADED);
    }

    private void renderFeedbackFile(@Nullable String name) {
        feedbackFile.removeAll();
        if (feedbackFileId == null) {
            feedbackFile.setText(getTranslation("grading.feedback-file.none"));
            return;
        }
        feedbackFile.setText("");
        var link = new Anchor(
                FileStore.url(feedbackFileId), getTranslation("grading.feedback-file", name == null ? "" : name));
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            feedbackFileId = null;
            renderFeedbackFile(null);
            saveNow();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("grading.feedback-file.remove"));
        feedbackFile.add(link, remove);
    }

    private void configureUpload() {
        feedbackUpload.setMaxFiles(1);
        feedbackUpload.setAcceptedFileTypes(
                Grading.FEEDBACK_TYPES.stream().map(type -> "." + type).toArray(String[]::new));
        var label = new Span(getTranslation(
                "grading.feedback-file.label",
                String.join(", ", Grading.FEEDBACK_TYPES).toUpperCase(Locale.ROOT),
                Grading.FEEDBACK_MAX.toMegabytes()));
        label.setId("grading-feedback-file-label");
        feedbackUpload
                .getElement()
                .setAttribute("aria-labelledby", label.getId().orElseThrow());
        feedbackUpload.setDropLabel(label);
        Tenant tenant = TenantContext.require();
        LimitedUpload.configureStreaming(feedbackUpload, Grading.FEEDBACK_MAX, (ui, metadata, body) -> {
            try {
                UUID stored = TenantContext.callAs(tenant, () -> {
                    var result = new UUID[1];
                    ConstraintMessages.runIn(ui.getLocale(), () -> result[0] = store(metadata.fileName(), body));
                    return result[0];
                });
                ui.access(() -> {
                    feedbackUpload.clearFileList();
                    attached(stored, metadata.fileName());
                });
            } catch (FileRejectedException | PlanLimitException | io.lyceum.base.NoSuchItemException e) {
                ui.access(() -> {
                    feedbackUpload.clearFileList();
                    Toast.error(e.getMessage());
                });
            }
        });
        feedbackUpload.addFileRejectedListener(event -> Toast.error(event.getErrorMessage()));
    }

    private UUID store(String fileName, InputStream body) {
        if (sheet == null) {
            throw new IllegalStateException("no submission open");
        }
        try {
            return grading.uploadFeedback(sheet.courseId(), sheet.moduleId(), sheet.submissionId(), fileName, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the upload does with a file it received (on the UI thread; a test hands files in here). */
    void received(String fileName, InputStream body) {
        try {
            attached(store(fileName, body), fileName);
        } catch (FileRejectedException | PlanLimitException e) {
            Toast.error(e.getMessage());
        }
    }

    private void attached(UUID file, String name) {
        feedbackFileId = file;
        renderFeedbackFile(name);
        saveNow();
    }

    /** Points as typed: 80, 80.5 — not the column's 80.00. */
    private static @Nullable BigDecimal tidy(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
