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
import io.lyceum.base.Counted;
import io.lyceum.base.csv.UnreadableTextException;
import io.lyceum.base.csv.UploadedText;
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

    final IntegerField passingScore = new IntegerField("Passing score (%)");
    final IntegerField attempts = new IntegerField("Attempts allowed");
    final Checkbox shuffle = new Checkbox("Shuffle questions");
    final RadioButtonGroup<QuizReview> review = new RadioButtonGroup<>(getTranslation("quiz.review.label"));
    final Grid<BankQuestion> questions = new Grid<>();
    final Button importGift = new Button("Import GIFT…", VaadinIcon.UPLOAD.create());
    final Button fromBank = new Button("Add from bank…", VaadinIcon.DATABASE.create());
    final Button write = new Button("New question…", VaadinIcon.PLUS.create());

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
        attempts.setPlaceholder("Unlimited");
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
                .addColumn(question -> QuestionLabels.type(question.type()))
                .setHeader("Type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions.addColumn(BankQuestion::text).setHeader("Question").setFlexGrow(1);
        questions
                .addColumn(BankQuestion::points)
                .setHeader("Points")
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions
                .addComponentColumn(question -> {
                    var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> removeQuestion(question));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    remove.setAriaLabel("Remove question " + question.text());
                    return remove;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions.addThemeVariants(GridVariant.LUMO_COMPACT);
        questions.setAllRowsVisible(true);
        questions.setEmptyStateText("No questions yet: import them from GIFT or add them from the bank.");
        importGift.addClickListener(click -> openImport());
        fromBank.addClickListener(click -> openBank());
        write.addClickListener(click -> new QuestionDialog(spec -> {
                    quizzes.createQuestion(moduleId, spec);
                    refresh();
                })
                .open());
        layout.add(settings, review, new H4("Questions"), new HorizontalLayout(write, importGift, fromBank), questions);
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
        dialog.setHeaderTitle("Import questions in GIFT format");
        var text = new TextArea("Paste GIFT text");
        text.setWidthFull();
        text.setMinHeight("14em");
        text.setMaxLength(QuizService.GIFT_MAX_LENGTH);
        text.setHelperText("For example: ::Capital:: What is the capital of France? {=Paris ~London ~Rome}");
        Tenant tenant = TenantContext.require();
        var upload = new Upload();
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setDropLabel(new Span(
                "…or upload a .gift / .txt file (up to " + UploadLimits.describe(limits.maxImportSize()) + ")"));
        LimitedUpload.configure(upload, limits.maxImportSize(), (ui, metadata, data) -> {
            try {
                UploadedText gift = UploadedText.decode(data);
                ui.access(() -> TenantContext.runAs(tenant, () -> {
                    upload.clearFileList();
                    if (gift.text().length() > QuizService.GIFT_MAX_LENGTH) {
                        error("The file has more than " + QuizService.GIFT_MAX_LENGTH + " characters: split it");
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
        var run = new Button("Import", click -> {
            GiftReport report = importText(text.getValue());
            dialog.close();
            showReport(report);
        });
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(text, upload));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), run);
        dialog.setWidth("min(50rem, 95vw)");
        dialog.open();
    }

    private static void error(String message) {
        Toast.error(message);
    }

    static Dialog showReport(GiftReport report) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Import finished");
        dialog.add(new Paragraph(Counted.QUESTIONS.of(report.imported().size()) + " imported."));
        if (!report.problems().isEmpty()) {
            dialog.add(new Paragraph(report.problems().size() + " could not be imported:"));
            var list = new UnorderedList();
            report.problems().forEach(problem -> list.add(new ListItem(problem.message())));
            dialog.add(list);
        }
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private void openBank() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add questions from the bank");
        var pick = new MultiSelectComboBox<BankQuestion>("Questions");
        pick.setItemLabelGenerator(question -> QuestionLabels.type(question.type()) + ": " + question.text());
        pick.setItems(query ->
                quizzes
                        .bank(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream());
        pick.setWidthFull();
        var add = new Button("Add", click -> {
            quizzes.addFromBank(
                    moduleId, pick.getValue().stream().map(BankQuestion::id).toList());
            dialog.close();
            refresh();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(pick);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), add);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    List<BankQuestion> shownQuestions() {
        return questions.getListDataView().getItems().toList();
    }
}
