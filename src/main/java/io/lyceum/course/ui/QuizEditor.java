package io.lyceum.course.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.lyceum.base.csv.UnreadableTextException;
import io.lyceum.base.csv.UploadedText;
import io.lyceum.base.ui.DialogWidth;
import io.lyceum.base.ui.NumberFields;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.upload.LimitedUpload;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.course.InvalidCourseException;
import io.lyceum.course.QuizModules;
import io.lyceum.quiz.BankQuestion;
import io.lyceum.quiz.GiftReport;
import io.lyceum.quiz.QuizReview;
import io.lyceum.quiz.QuizService;
import io.lyceum.quiz.QuizSettings;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** A quiz module's settings and questions: from the bank, or imported from GIFT. */
class QuizEditor extends Composite<VerticalLayout> {

    final IntegerField passingScore = new IntegerField(getTranslation("quiz-editor.passing-score"));
    final IntegerField attempts = new IntegerField(getTranslation("quiz-editor.attempts"));
    final Checkbox shuffle = new Checkbox(getTranslation("quiz-editor.shuffle"));
    final RadioButtonGroup<QuizReview> review = new RadioButtonGroup<>(getTranslation("quiz.review.label"));
    final Grid<BankQuestion> questions = new Grid<>();
    final Button importGift = new Button(getTranslation("quiz-editor.import"), VaadinIcon.UPLOAD.create());
    final Button fromBank = new Button(getTranslation("quiz-editor.from-bank"), VaadinIcon.DATABASE.create());
    final Button write = new Button(getTranslation("quiz-editor.write"), VaadinIcon.PLUS.create());

    /** Checks the constraints of {@link QuizSettings} as the service will. */
    final BeanValidationBinder<QuizSettings> binder = new BeanValidationBinder<>(QuizSettings.class);

    private final QuizModules quizzes;
    private final long moduleId;
    private final UploadLimits limits;
    private QuizSettings loaded;

    QuizEditor(QuizModules quizzes, UploadLimits limits, long moduleId) {
        this.limits = limits;
        this.quizzes = quizzes;
        this.moduleId = moduleId;
        var layout = getContent();
        layout.setPadding(false);
        loaded = quizzes.settings(moduleId);
        NumberFields.wholeNumbers(passingScore, attempts);
        attempts.setPlaceholder(getTranslation("quiz-editor.attempts.unlimited"));
        attempts.setClearButtonVisible(true);
        binder.forField(passingScore).bind("passingScore");
        binder.forField(attempts).bind("attemptsAllowed");
        binder.forField(shuffle).bind("shuffle");
        review.setItems(QuizReview.values());
        review.setItemLabelGenerator(choice -> getTranslation(QuestionLabels.reviewKey(choice)));
        review.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        review.setHelperText(getTranslation("quiz.review.help"));
        binder.forField(review).bind("review");
        binder.readRecord(loaded);
        var settings = new HorizontalLayout(passingScore, attempts, shuffle);
        settings.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        questions
                .addColumn(question -> getTranslation(QuestionLabels.typeKey(question.type())))
                .setHeader(getTranslation("quiz-editor.column.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions
                .addColumn(BankQuestion::text)
                .setHeader(getTranslation("quiz-editor.column.question"))
                .setFlexGrow(1);
        questions
                .addColumn(BankQuestion::points)
                .setHeader(getTranslation("quiz-editor.column.points"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions
                .addComponentColumn(question -> {
                    var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> removeQuestion(question));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    remove.setAriaLabel(getTranslation("quiz-editor.remove.aria", question.text()));
                    return remove;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions.addThemeVariants(GridVariant.LUMO_COMPACT);
        questions.setAllRowsVisible(true);
        questions.setEmptyStateText(getTranslation("quiz-editor.empty"));
        importGift.addClickListener(click -> openImport());
        fromBank.addClickListener(click -> openBank());
        write.addClickListener(click -> new QuestionDialog(spec -> {
                    quizzes.createQuestion(moduleId, spec);
                    refresh();
                })
                .open());
        layout.add(
                settings,
                review,
                new H4(getTranslation("quiz-editor.questions")),
                new HorizontalLayout(write, importGift, fromBank),
                questions);
        refresh();
    }

    /** Settings as typed (an empty passing score is the default); {@link #validate()} them first. */
    QuizSettings settings() {
        Integer score = passingScore.getValue();
        return new QuizSettings(
                score == null ? QuizSettings.DEFAULT_PASSING_SCORE : score,
                attempts.getValue(),
                shuffle.getValue(),
                review.getValue());
    }

    /** Checks the settings, showing any problem next to its field. */
    boolean validate() {
        return binder.validate().isOk();
    }

    boolean hasUnsavedChanges() {
        return !settings().equals(loaded);
    }

    void saved(QuizSettings settings) {
        loaded = settings;
    }

    GiftReport importText(String gift) {
        GiftReport report = quizzes.importGift(moduleId, gift);
        refresh();
        return report;
    }

    private void refresh() {
        questions.setItems(quizzes.questions(moduleId));
    }

    private void removeQuestion(BankQuestion question) {
        try {
            quizzes.remove(moduleId, question.id());
        } catch (InvalidCourseException e) {
            Toast.error(e.getMessage());
        }
        refresh();
    }

    private void openImport() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("quiz-editor.import.title"));
        var text = new TextArea(getTranslation("quiz-editor.import.text"));
        text.setWidthFull();
        text.setMinHeight("14em");
        text.setMaxLength(QuizService.GIFT_MAX_LENGTH);
        text.setHelperText(getTranslation("quiz-editor.import.help"));
        Tenant tenant = TenantContext.require();
        var upload = new Upload();
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setDropLabel(
                new Span(getTranslation("quiz-editor.import.upload", UploadLimits.describe(limits.maxImportSize()))));
        LimitedUpload.configure(upload, limits.maxImportSize(), (ui, metadata, data) -> {
            try {
                UploadedText gift = UploadedText.decode(data);
                ui.access(() -> TenantContext.runAs(tenant, () -> {
                    upload.clearFileList();
                    if (gift.text().length() > QuizService.GIFT_MAX_LENGTH) {
                        error(getTranslation("quiz-editor.import.too-long", QuizService.GIFT_MAX_LENGTH));
                        return;
                    }
                    text.setValue(gift.text());
                    if (gift.notice() != null) {
                        Toast.info(gift.notice());
                    }
                }));
            } catch (UnreadableTextException e) {
                ui.access(() -> {
                    upload.clearFileList();
                    error(e.getMessage());
                });
            }
        });
        var run = new Button(getTranslation("quiz-editor.import.run"), click -> {
            GiftReport report = importText(text.getValue());
            dialog.close();
            showReport(report);
        });
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(text, upload));
        dialog.getFooter().add(new Button(getTranslation("quiz-editor.cancel"), click -> dialog.close()), run);
        DialogWidth.WIDE.apply(dialog);
        dialog.open();
    }

    private static void error(String message) {
        Toast.error(message);
    }

    static Dialog showReport(GiftReport report) {
        var dialog = new Dialog();
        DialogWidth.MEDIUM.apply(dialog);
        dialog.setHeaderTitle(dialog.getTranslation("quiz-editor.report.title"));
        dialog.add(new Paragraph(dialog.getTranslation(
                "quiz-editor.report.imported", report.imported().size())));
        if (!report.problems().isEmpty()) {
            dialog.add(new Paragraph(dialog.getTranslation(
                    "quiz-editor.report.problems", report.problems().size())));
            var list = new UnorderedList();
            report.problems().forEach(problem -> list.add(new ListItem(problem.message())));
            dialog.add(list);
        }
        dialog.getFooter().add(new Button(dialog.getTranslation("quiz-editor.report.close"), click -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private void openBank() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("quiz-editor.bank.title"));
        var pick = new MultiSelectComboBox<BankQuestion>(getTranslation("quiz-editor.bank.questions"));
        pick.setItemLabelGenerator(question -> getTranslation(
                "quiz-editor.bank.item", getTranslation(QuestionLabels.typeKey(question.type())), question.text()));
        pick.setItems(query ->
                quizzes
                        .bank(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream());
        pick.setWidthFull();
        var add = new Button(getTranslation("quiz-editor.bank.add"), click -> {
            quizzes.addFromBank(
                    moduleId, pick.getValue().stream().map(BankQuestion::id).toList());
            dialog.close();
            refresh();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(pick);
        dialog.getFooter().add(new Button(getTranslation("quiz-editor.cancel"), click -> dialog.close()), add);
        DialogWidth.MEDIUM.apply(dialog);
        dialog.open();
    }

    List<BankQuestion> shownQuestions() {
        return questions.getListDataView().getItems().toList();
    }
}
