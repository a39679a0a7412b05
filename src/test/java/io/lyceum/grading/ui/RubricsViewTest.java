package io.lyceum.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.lyceum.KaribuTest;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.grading.AssignmentForm;
import io.lyceum.grading.Assignments;
import io.lyceum.grading.RubricSummary;
import io.lyceum.grading.Rubrics;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** A course's rubrics page: made, edited and deleted as an instructor would. */
class RubricsViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    Rubrics rubrics;

    @Autowired
    Assignments assignments;

    Tenant org;
    long course;

    @BeforeEach
    void instructorWithACourse() {
        org = organizations.create("rubrics-ui");
        organizations.addUser(org, "teacher@example.com", "chalk-board-77", Role.INSTRUCTOR);
        openOn(org);
        signIn("teacher@example.com");
        course = courses.create(new CourseForm("Essay writing", "", null, null));
    }

    private RubricsView open() {
        navigate("teach/courses/" + course + "/rubrics");
        return _get(RubricsView.class);
    }

    @Test
    void an_instructor_makes_edits_and_deletes_a_rubric_after_confirming() {
        var view = open();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();

        _click(view.create);
        var editor = view.editor;
        assertThat(editor).isNotNull();
        _setValue(editor.title, "Essay");
        var first = editor.criteria.getFirst();
        _setValue(first.title, "Argument");
        _setValue(first.levels.getFirst().title, "Weak");
        _setValue(first.levels.getFirst().points, BigDecimal.ZERO);
        _click(_get(Button.class, spec -> spec.withText("Add level")));
        _setValue(first.levels.get(1).title, "Strong");
        _setValue(first.levels.get(1).points, BigDecimal.valueOf(8));
        _click(editor.addCriterion);
        var second = editor.criteria.get(1);
        _setValue(second.title, "Style");
        _setValue(second.levels.getFirst().title, "Clear");
        _setValue(second.levels.getFirst().points, BigDecimal.valueOf(2));
        // Style first: moved up by its button.
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move criterion 2 up")));
        _click(_get(Button.class, spec -> spec.withText("Save rubric")));

        assertThat(view.editor).isNull();
        assertThat(view.grid.isVisible()).isTrue();
        RubricSummary shown = GridKt._get(view.grid, 0);
        assertThat(shown.title()).isEqualTo("Essay");
        assertThat(shown.criteria()).isEqualTo(2);
        assertThat(shown.maxPoints()).isEqualByComparingTo("10");
        var stored = rubrics.rubric(shown.id());
        assertThat(stored.spec().criteria())
                .extracting(criterion -> criterion.title())
                .containsExactly("Style", "Argument");

        // Edited: a level removed; the criteria keep their ids.
        String styleId = stored.spec().criteria().getFirst().id();
        view.open(shown.id());
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove level 2 of criterion 2")));
        _click(_get(Button.class, spec -> spec.withText("Save rubric")));
        var edited = rubrics.rubric(shown.id());
        assertThat(edited.spec().maxPoints()).isEqualByComparingTo("2");
        assertThat(edited.spec().criteria().getFirst().id()).isEqualTo(styleId);

        // In use by an assignment: the question says so, and the assignment is left without one.
        long module = courses.addModule(course, ModuleForm.assignment("Essay one", "Write."));
        var settings = assignments.settings(module);
        var form = settings.form();
        assignments.update(
                module,
                settings.version(),
                new AssignmentForm(
                        form.acceptsText(),
                        form.acceptsFile(),
                        form.fileTypes(),
                        form.maxFileMb(),
                        form.dueAt(),
                        form.points(),
                        form.passingPercent(),
                        shown.id(),
                        form.latePolicy(),
                        form.latePenaltyPerDay(),
                        form.groupWork(),
                        form.resubmissions(),
                        form.completesOnSubmission(),
                        form.anonymous()));
        view.refresh();
        var actions = GridKt._getCellComponent(view.grid, 0, "actions");
        var delete = (Button) actions.getChildren().toList().get(1);
        assertThat(delete.getAriaLabel()).contains("Delete rubric Essay");
        _click(delete);
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("1 assignment uses it");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(rubrics.list(course, "", Pageable.unpaged()).getTotalElements())
                .isZero();
        assertThat(assignments.settings(module).rubricId()).isNull();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void a_rubric_without_title_or_levels_is_refused_next_to_its_fields() {
        var view = open();
        _click(view.create);
        var editor = view.editor;
        assertThat(editor).isNotNull();
        var level = editor.criteria.getFirst().levels.getFirst();
        _setValue(level.points, BigDecimal.valueOf(-1));
        _click(_get(Button.class, spec -> spec.withText("Save rubric")));

        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("Give the rubric a title.");
        assertThat(editor.criteria.getFirst().title.getErrorMessage()).isEqualTo("Give the criterion a title.");
        assertThat(level.points.getErrorMessage()).isEqualTo("Enter points of 0 or more.");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove criterion 1")));
        _setValue(editor.title, "Empty");
        _click(_get(Button.class, spec -> spec.withText("Save rubric")));
        assertThat(editor.formError.isVisible()).isTrue();
        assertThat(editor.formError.getText()).contains("Add at least one criterion.");
        assertThat(rubrics.list(course, "", Pageable.unpaged()).getTotalElements())
                .isZero();
    }
}
