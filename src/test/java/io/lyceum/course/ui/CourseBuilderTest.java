package io.lyceum.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.lyceum.KaribuTest;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.CourseStatus;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.OutlineItem;
import io.lyceum.course.QuizModules;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.quiz.QuizReview;
import io.lyceum.quiz.QuizSettings;
import io.lyceum.tenancy.Tenant;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The instructor's course builder, driven as a person would. */
class CourseBuilderTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    QuizModules quizzes;

    @Autowired
    UserService users;

    Tenant org;

    @BeforeEach
    void instructorSignedIn() {
        org = organizations.create("builder");
        organizations.addUser(org, "teacher@example.com", "chalk-board-77", Role.INSTRUCTOR);
        openOn(org);
        signIn("teacher@example.com");
    }

    private CourseBuilderView createCourseThroughTheList(String title) {
        navigate("teach/courses");
        _click(_get(CoursesView.class).create);
        var dialog = _get(CourseDialog.class);
        _setValue(dialog.title, title);
        _setValue(dialog.description, "Learn **everything**.");
        _click(dialog.save);
        return _get(CourseBuilderView.class);
    }

    @Test
    void an_instructor_creates_a_course_and_adds_a_module_of_each_kind() {
        var builder = createCourseThroughTheList("Intro to Java");
        assertThat(builder.title.getText()).isEqualTo("Intro to Java");
        assertThat(builder.status.getText()).isEqualTo("Draft");

        _click(builder.addText);
        var editor = builder.editor();
        assertThat(editor).isNotNull();
        _setValue(editor.title, "Welcome");
        _setValue(editor.body, "# Hello\n\n**bold** words\n\n<script>alert(1)</script>");
        assertThat(editor.preview.getElement().getChild(0).getProperty("innerHTML"))
                .contains("<h1>Hello</h1>")
                .contains("<strong>bold</strong>")
                .doesNotContain("<script");
        assertThat(editor.hasUnsavedChanges()).isTrue();
        _click(editor.save);
        assertThat(editor.hasUnsavedChanges()).isFalse();

        _click(builder.addVideo);
        var video = builder.editor();
        assertThat(video).isNotNull();
        _setValue(video.videoUrl, "https://evil.example/video");
        _click(video.save);
        assertThat(video.videoUrl.isInvalid()).isTrue();
        assertThat(video.videoUrl.getErrorMessage()).contains("YouTube");
        _setValue(video.videoUrl, "https://youtu.be/dQw4w9WgXcQ");
        _setValue(video.title, "Keynote");
        _click(video.save);
        assertThat(video.videoUrl.isInvalid()).isFalse();

        _click(builder.addQuiz);
        var quizModule = builder.editor();
        assertThat(quizModule).isNotNull();
        assertThat(quizModule.quiz).isNotNull();
        var report = quizModule.quiz.importText("Capital of France? {=Paris ~Rome}\n\nBroken {~a ~b}\n");
        assertThat(report.imported()).hasSize(1);
        assertThat(report.problems())
                .extracting(p -> p.message())
                .containsExactly("Line 3: the choice question has no correct answer (=)");
        assertThat(quizModule.quiz.shownQuestions()).extracting(q -> q.text()).containsExactly("Capital of France?");
        _setValue(quizModule.quiz.passingScore, 80);
        _setValue(quizModule.published, true);
        _click(quizModule.save);
        assertThat(quizzes.settings(quizModule.moduleId()).passingScore()).isEqualTo(80);

        assertThat(builder.outline().modules())
                .extracting(OutlineItem::title)
                .containsExactly("Welcome", "Keynote", "New quiz");
        assertThat(builder.outline().modules().getLast().published()).isTrue();
    }

    @Test
    void reordering_uses_the_same_call_as_drag_and_drop_and_persists() {
        var builder = createCourseThroughTheList("Ordering");
        long course = builder.outline().courseId();
        courses.addModule(course, ModuleForm.text("One", ""));
        courses.addModule(course, ModuleForm.text("Two", ""));
        courses.addModule(course, ModuleForm.text("Three", ""));
        navigate("teach/courses/" + course);
        builder = _get(CourseBuilderView.class);

        var items = builder.outline().items();
        builder.move(CourseBuilderView.dropOrder(items, items.get(2), items.get(0), GridDropLocation.ABOVE));
        assertThat(courses.outline(course).items())
                .extracting(OutlineItem::title)
                .containsExactly("Three", "One", "Two");

        builder.move(CourseBuilderView.moveDown(
                builder.outline().items(), builder.outline().items().getFirst()));
        assertThat(courses.outline(course).items())
                .extracting(OutlineItem::title)
                .containsExactly("One", "Three", "Two");
    }

    /** A row's move button as the grid draws it (a fresh rendering, as after each change). */
    private static Button moveButton(CourseBuilderView builder, int row, String label) {
        var buttons = (HorizontalLayout) GridKt._getCellComponent(builder.outlineGrid, row, "move");
        return buttons.getChildren()
                .map(Button.class::cast)
                .filter(button -> label.equals(button.getAriaLabel().orElse("")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button " + label + " in row " + row));
    }

    @Test
    void a_row_moved_by_its_buttons_gives_the_focus_back_to_its_button() {
        var builder = createCourseThroughTheList("Keyboard");
        long course = builder.outline().courseId();
        courses.addModule(course, ModuleForm.text("One", ""));
        courses.addModule(course, ModuleForm.text("Two", ""));
        courses.addModule(course, ModuleForm.text("Three", ""));
        navigate("teach/courses/" + course);
        builder = _get(CourseBuilderView.class);

        _click(moveButton(builder, 1, "Move Two down"));
        assertThat(builder.outline().items()).extracting(OutlineItem::title).containsExactly("One", "Three", "Two");
        // Drawing the other rows gives nothing the focus; the moved row's takes it, and at the bottom,
        // where "down" is disabled, it is the row's other button.
        moveButton(builder, 0, "Move One down");
        assertThat(builder.focusedAfterMove()).isNull();
        moveButton(builder, 2, "Move Two up");
        assertThat(builder.focusedAfterMove()).isNotNull();
        assertThat(builder.focusedAfterMove().getAriaLabel()).contains("Move Two up");
        assertThat(builder.focusedAfterMove().isEnabled()).isTrue();

        _click(moveButton(builder, 2, "Move Two up"));
        assertThat(builder.outline().items()).extracting(OutlineItem::title).containsExactly("One", "Two", "Three");
        moveButton(builder, 1, "Move Two up");
        assertThat(builder.focusedAfterMove().getAriaLabel()).contains("Move Two up");
        // Once given, the focus is not taken again when the row is drawn once more.
        var given = builder.focusedAfterMove();
        moveButton(builder, 1, "Move Two up");
        assertThat(builder.focusedAfterMove()).isSameAs(given);
    }

    @Test
    void a_conflicting_reorder_reverts_to_the_stored_order_and_says_why() {
        var builder = createCourseThroughTheList("Conflicts");
        long course = builder.outline().courseId();
        courses.addModule(course, ModuleForm.text("A", ""));
        courses.addModule(course, ModuleForm.text("B", ""));
        navigate("teach/courses/" + course);
        builder = _get(CourseBuilderView.class);
        var shown = builder.outline();
        // Another instructor changes the course meanwhile.
        courses.addModule(course, ModuleForm.text("C", ""));

        builder.move(shown.items().reversed().stream().map(OutlineItem::ref).toList());

        assertThat(builder.outline().items()).extracting(OutlineItem::title).containsExactly("A", "B", "C");
        assertThat(NotificationsKt.getNotifications())
                .anyMatch(
                        n -> n.getElement().getProperty("text", "").contains("Another instructor changed this course"));
    }

    @Test
    void publishing_and_preview_show_only_published_modules() {
        var builder = createCourseThroughTheList("Published things");
        long course = builder.outline().courseId();
        long shown =
                courses.addModule(course, ModuleForm.text("Visible", "seen").withPublished(true));
        courses.addModule(course, ModuleForm.text("Hidden", "not seen"));
        navigate("teach/courses/" + course);
        builder = _get(CourseBuilderView.class);

        _click(builder.publish);
        assertThat(courses.details(course).status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(builder.publish.getText()).isEqualTo("Unpublish");

        _click(builder.preview);
        var preview = _get(CoursePreviewView.class);
        assertThat(preview.course().modules()).extracting(m -> m.id()).containsExactly(shown);
        assertThat(preview.course().modules().getFirst().html()).contains("seen");

        navigate("teach/courses/" + course);
        _click(_get(CourseBuilderView.class).publish);
        assertThat(courses.details(course).status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void what_students_will_learn_is_written_in_the_course_dialog_one_point_per_line() {
        navigate("teach/courses");
        _click(_get(CoursesView.class).create);
        var dialog = _get(CourseDialog.class);
        _setValue(dialog.title, "Knots");
        _setValue(dialog.outcomes, "Tie a bowline\nUntie it again\n");
        _click(dialog.save);
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(courses.details(id).form().learningOutcomes()).isEqualTo("Tie a bowline\nUntie it again");

        // Too long: said at the field, nothing saved.
        navigate("teach/courses");
        _click(_get(CoursesView.class).create);
        dialog = _get(CourseDialog.class);
        _setValue(dialog.title, "Essays");
        _setValue(dialog.outcomes, "x".repeat(CourseForm.OUTCOMES_MAX_LENGTH + 1));
        _click(dialog.save);
        assertThat(dialog.outcomes.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_blank_title_is_refused_next_to_the_field() {
        navigate("teach/courses");
        _click(_get(CoursesView.class).create);
        var dialog = _get(CourseDialog.class);
        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter a title");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void each_field_shows_the_forms_constraint_message_and_nothing_is_saved() {
        navigate("teach/courses");
        _click(_get(CoursesView.class).create);
        var dialog = _get(CourseDialog.class);
        _setValue(dialog.title, "Numbers");
        _setValue(dialog.hours, new BigDecimal("1.25"));
        _setValue(dialog.validityMonths, 121);
        _click(dialog.save);
        assertThat(dialog.hours.getErrorMessage())
                .isEqualTo("Enter hours between 0.1 and 10000, with at most one decimal");
        assertThat(dialog.validityMonths.getErrorMessage())
                .isEqualTo("Enter a validity between 1 and 120 months, or leave it empty");
        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(courses.list("Numbers", null, Pageable.unpaged())).isEmpty();
        dialog.close();

        var builder = createCourseThroughTheList("Constraints");
        _click(builder.addText);
        var editor = builder.editor();
        _setValue(editor.title, " ");
        _click(editor.save);
        assertThat(editor.title.getErrorMessage()).isEqualTo("Enter a title");
        assertThat(courses.outline(builder.outline().courseId()).modules())
                .extracting(OutlineItem::title)
                .containsExactly("New text module");
        _setValue(editor.title, "Fixed");
        _click(editor.save);
        assertThat(editor.title.isInvalid()).isFalse();

        _click(builder.addQuiz);
        var quiz = builder.editor();
        _setValue(quiz.quiz.passingScore, 150);
        _setValue(quiz.quiz.attempts, 0);
        _click(quiz.save);
        assertThat(quiz.quiz.passingScore.getErrorMessage()).isEqualTo("Enter a passing score from 0 to 100 %");
        assertThat(quiz.quiz.attempts.getErrorMessage())
                .isEqualTo("Allow from 1 to 100 attempts, or leave it empty for unlimited");
        assertThat(quizzes.settings(quiz.moduleId()).passingScore()).isEqualTo(QuizSettings.DEFAULT_PASSING_SCORE);
    }

    @Test
    void the_quiz_editor_chooses_what_students_see_after_an_attempt() {
        var builder = createCourseThroughTheList("Reviewed");
        _click(builder.addQuiz);
        var quiz = builder.editor();
        assertThat(quiz.quiz.review.getValue()).isEqualTo(QuizReview.WHAT_WAS_WRONG);
        assertThat(quiz.quiz.review.getListDataView().getItems().map(quiz.quiz.review.getItemLabelGenerator()::apply))
                .containsExactly(
                        "Their score only",
                        "Which answers were wrong, with your feedback on the answers they chose",
                        "Which answers were wrong, your feedback and the correct answers");

        _setValue(quiz.quiz.review, null);
        _click(quiz.save);
        assertThat(quiz.quiz.review.getErrorMessage()).isEqualTo("Choose what students see after an attempt");

        _setValue(quiz.quiz.review, QuizReview.WITH_CORRECT_ANSWERS);
        assertThat(quiz.hasUnsavedChanges()).isTrue();
        _click(quiz.save);
        assertThat(quiz.quiz.review.isInvalid()).isFalse();
        assertThat(quizzes.settings(quiz.moduleId()).review()).isEqualTo(QuizReview.WITH_CORRECT_ANSWERS);
        assertThat(quiz.hasUnsavedChanges()).isFalse();
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        var builder = createCourseThroughTheList("Guarded");
        _click(builder.addText);
        _setValue(builder.editor().body, "unsaved words");
        navigate("teach/courses");
        var confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Discard unsaved changes?");
        assertThat(currentView()).isEqualTo(CourseBuilderView.class);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(currentView()).isEqualTo(CoursesView.class);
    }

    @Test
    void the_plan_limit_disables_new_course_with_the_reason() {
        Tenant free = organizations.create("freebuilder", "FREE");
        openOn(free);
        signIn("admin@example.com");
        for (int i = 0; i < 3; i++) {
            courses.create(new CourseForm("Course " + i, "", null, null));
        }
        navigate("teach/courses");
        var view = _get(CoursesView.class);
        assertThat(view.create.isEnabled()).isFalse();
        assertThat(view.planReason.getText())
                .isEqualTo("Your Free plan allows 3 courses. Upgrade your plan to add more.");
    }

    @Test
    void an_admin_assigns_a_co_instructor_who_then_sees_the_course() {
        organizations.addUser(org, "co@example.com", "chalk-board-99", Role.INSTRUCTOR);
        var builder = createCourseThroughTheList("Shared");
        long course = builder.outline().courseId();
        assertThat(builder.instructors.isVisible()).isFalse();

        signIn("admin@example.com");
        navigate("teach/courses/" + course);
        builder = _get(CourseBuilderView.class);
        assertThat(builder.instructors.isVisible()).isTrue();
        builder.editInstructors();
        @SuppressWarnings("unchecked")
        var pick = (MultiSelectComboBox<UserSummary>) _get(MultiSelectComboBox.class);
        var co = users.findByEmail("co@example.com").orElseThrow();
        _setValue(pick, Set.of(co));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(courses.details(course).coInstructors()).containsExactly(co.id());

        signIn("co@example.com");
        navigate("teach/courses");
        assertThat(GridKt._fetch(_get(CoursesView.class).grid, 0, 10))
                .extracting(summary -> summary.title())
                .containsExactly("Shared");
        navigate("teach/courses/" + course);
        assertThat(currentView()).isEqualTo(CourseBuilderView.class);
    }

    @Test
    void another_instructors_course_answers_not_found() {
        organizations.addUser(org, "other@example.com", "chalk-board-88", Role.INSTRUCTOR);
        var builder = createCourseThroughTheList("Mine");
        long course = builder.outline().courseId();
        signIn("other@example.com");
        navigate("teach/courses/" + course);
        assertThat(currentView()).isNotEqualTo(CourseBuilderView.class);
        assertThat(currentView().getSimpleName()).contains("NotFound");
    }
}
