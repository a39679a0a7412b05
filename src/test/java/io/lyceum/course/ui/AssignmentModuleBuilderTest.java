package io.lyceum.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.lyceum.KaribuTest;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleKind;
import io.lyceum.grading.AssignmentForm;
import io.lyceum.grading.AssignmentSettings;
import io.lyceum.grading.Assignments;
import io.lyceum.grading.LatePolicy;
import io.lyceum.grading.RubricForm;
import io.lyceum.grading.Rubrics;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An instructor adds an assignment module in the course builder and sets its grading settings. */
class AssignmentModuleBuilderTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    Assignments assignments;

    @Autowired
    Rubrics rubrics;

    Tenant org;
    long course;

    @BeforeEach
    void instructorWithACourse() {
        org = organizations.create("assign-ui");
        organizations.addUser(org, "teacher@example.com", "chalk-board-77", Role.INSTRUCTOR);
        openOn(org);
        signIn("teacher@example.com");
        course = courses.create(new CourseForm("Web design", "", null, null));
        rubrics.create(
                course,
                new RubricForm(
                        "Landing page",
                        List.of(new RubricForm.Criterion(
                                null,
                                "Layout",
                                "",
                                List.of(
                                        new RubricForm.Level(null, "Messy", "", BigDecimal.ZERO),
                                        new RubricForm.Level(null, "Tidy", "", BigDecimal.valueOf(5)))))));
    }

    private CourseBuilderView builderWithAssignment() {
        navigate("teach/courses/" + course);
        var builder = _get(CourseBuilderView.class);
        assertThat(builder.addAssignment.isVisible()).isTrue();
        _click(builder.addAssignment);
        return builder;
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    @Test
    void an_instructor_adds_an_assignment_and_its_settings_persist() {
        var builder = builderWithAssignment();
        var editor = builder.editor();
        assertThat(editor).isNotNull();
        assertThat(builder.outline().modules())
                .extracting(module -> module.kind())
                .containsExactly(ModuleKind.ASSIGNMENT);
        _setValue(editor.title, "Landing page");
        _setValue(editor.body, "Hand in **one** page.<script>alert(1)</script>");
        assertThat(editor.preview.getElement().getChild(0).getProperty("innerHTML"))
                .contains("<strong>one</strong>")
                .doesNotContain("<script>");
        _click(editor.save);
        assertThat(editor.settings).isNotNull();

        _setValue(field(DateTimePicker.class, "Due"), LocalDateTime.of(2027, 3, 1, 18, 0));
        _setValue(field(BigDecimalField.class, "Points"), BigDecimal.valueOf(40));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<LatePolicy> late = field(RadioButtonGroup.class, "Late work");
        _setValue(late, LatePolicy.PENALTY);
        _setValue(field(BigDecimalField.class, "Penalty per day late (%)"), BigDecimal.valueOf(5));
        @SuppressWarnings("unchecked")
        ComboBox<Object> rubric = field(ComboBox.class, "Rubric");
        ComboBoxKt.selectByLabel(rubric, "Landing page", false);
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        NotificationsKt.expectNotifications("Module saved", "Assignment settings saved");
        long module = builder.outline().modules().getFirst().id();
        AssignmentSettings saved = assignments.settings(module);
        assertThat(saved.title()).isEqualTo("Landing page");
        assertThat(saved.points()).isEqualByComparingTo("40");
        assertThat(saved.latePolicy()).isEqualTo(LatePolicy.PENALTY);
        assertThat(saved.latePenaltyPerDay()).isEqualByComparingTo("5");
        assertThat(saved.rubricTitle()).isEqualTo("Landing page");
        // Entered on the organization's clocks, kept as the instant it is.
        assertThat(saved.dueAt())
                .isEqualTo(LocalDateTime.of(2027, 3, 1, 18, 0)
                        .atZone(org.timeZone())
                        .toInstant());

        // Opened again, the settings show what was saved.
        navigate("teach/courses");
        navigate("teach/courses/" + course);
        assertThat(field(BigDecimalField.class, "Points").getValue()).isEqualByComparingTo("40");
        assertThat(field(ComboBox.class, "Rubric").getValue()).isNotNull();
    }

    @Test
    void wrong_settings_are_refused_with_a_message_next_to_each_field() {
        builderWithAssignment();
        long module =
                _get(CourseBuilderView.class).outline().modules().getFirst().id();
        long version = assignments.settings(module).version();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> handIn = field(CheckboxGroup.class, "Learners hand in");
        _setValue(handIn, Set.of());
        var passing = field(BigDecimalField.class, "Passing score (%)");
        _setValue(passing, BigDecimal.valueOf(120));
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(handIn.isInvalid()).isTrue();
        assertThat(handIn.getErrorMessage()).contains("at least one way to hand in");
        assertThat(passing.isInvalid()).isTrue();
        assertThat(passing.getErrorMessage()).isEqualTo("Enter a percentage from 0 to 100.");

        _setValue(passing, BigDecimal.valueOf(80));
        ComboBoxKt.selectByLabel(field(ComboBox.class, "Rubric"), "Landing page", false);
        _setValue(handIn, Set.copyOf(handIn.getListDataView().getItems().toList()));
        var types = field(TextField.class, "Accepted file types");
        _setValue(types, "pdf, exe");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(types.isInvalid()).isTrue();
        assertThat(types.getErrorMessage()).contains("Not an allowed file type: exe");
        assertThat(assignments.settings(module).version()).isEqualTo(version);
    }

    @Test
    void a_save_over_someone_elses_meanwhile_is_refused_and_overwrites_nothing() {
        builderWithAssignment();
        long module =
                _get(CourseBuilderView.class).outline().modules().getFirst().id();
        // Another instructor (or another tab) saves first.
        var theirs = assignments.settings(module);
        var form = theirs.form();
        assignments.update(
                module,
                theirs.version(),
                new AssignmentForm(
                        form.acceptsText(),
                        form.acceptsFile(),
                        form.fileTypes(),
                        form.maxFileMb(),
                        form.dueAt(),
                        BigDecimal.valueOf(77),
                        form.passingPercent(),
                        form.rubricId(),
                        form.latePolicy(),
                        form.latePenaltyPerDay(),
                        form.groupWork(),
                        form.resubmissions(),
                        form.completesOnSubmission(),
                        form.anonymous()));

        _setValue(field(BigDecimalField.class, "Points"), BigDecimal.valueOf(10));
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(NotificationsKt.getNotifications())
                .anyMatch(n -> n.getElement().getProperty("text", "").contains("Someone else saved these settings"));
        assertThat(assignments.settings(module).points()).isEqualByComparingTo("77");
    }
}
