package io.lyceum.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.select.Select;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.grading.GradebookCategory;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The gradebook page: learners × items with totals, a cell's override with its reason and history, the cohort filter. */
class GradebookViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    JdbcTemplate jdbc;

    Tenant org;
    long course;
    long essay;
    long project;

    @BeforeEach
    void aCourseWithTwoGradedAssignments() {
        org = organizations.create("gbview");
        organizations.addUser(org, "teacher@example.com", "grade-them-fairly-7", Role.INSTRUCTOR);
        organizations.addUser(org, "ann@example.com", "grade-them-fairly-7", Role.STUDENT);
        organizations.addUser(org, "bob@example.com", "grade-them-fairly-7", Role.STUDENT);
        var teacher = organizations.principal(org, "teacher@example.com");
        var ann = organizations.principal(org, "ann@example.com");
        var bob = organizations.principal(org, "bob@example.com");
        TenantContext.runAs(org, () -> {
            TestOrganizations.signIn(teacher);
            course = courses.create(new CourseForm("Web development", "", null, null));
            essay = courses.addModule(
                    course, ModuleForm.assignment("Essay", "Write.").withPublished(true));
            project = courses.addModule(
                    course, ModuleForm.assignment("Project", "Build.").withPublished(true));
            courses.publish(course);
            enrollments.enroll(ann.id(), course);
            enrollments.enroll(bob.id(), course);
        });
        grade(ann.id(), essay, "80", true);
        grade(ann.id(), project, "60", false);
        grade(bob.id(), essay, "90", true);
        String schema = org.schema();
        long cohort = jdbc.queryForObject(
                "insert into " + schema
                        + ".cohort (course_id, name, created_at) values (?, 'March', now()) returning id",
                Long.class,
                course);
        jdbc.update("update " + schema + ".enrollment set cohort_id = ? where user_id = ?", cohort, bob.id());
        openOn(org);
        signIn("teacher@example.com");
    }

    private void grade(long user, long module, String points, boolean released) {
        String schema = org.schema();
        long assignment =
                jdbc.queryForObject("select id from " + schema + ".assignment where module_id = ?", Long.class, module);
        long submission = jdbc.queryForObject(
                "insert into " + schema + ".submission (assignment_id, user_id, status, submitted_at)"
                        + " values (?, ?, 'GRADED', now()) returning id",
                Long.class,
                assignment,
                user);
        jdbc.update(
                "insert into " + schema
                        + ".grade (submission_id, points, graded_at, released_at) values (?, ?, now(), ?)",
                submission,
                new BigDecimal(points),
                released ? Timestamp.from(Instant.now()) : null);
    }

    @Test
    void the_grid_shows_learners_by_name_times_items_with_their_total_and_letter() {
        navigate("teach/courses/" + course + "/gradebook");
        var view = _get(GradebookView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.grid.getColumnByKey("learner").isFrozen()).isTrue();
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .containsExactly("User ann@example.com", "", "80 %", "60 % · not released", "70 %", "C");
        assertThat(GridKt._getFormattedRow(view.grid, 1))
                .containsExactly("User bob@example.com", "March", "90 %", "–", "90 %", "A");
    }

    @Test
    void editing_a_cell_asks_for_a_reason_then_shows_the_change_in_its_history() {
        navigate("teach/courses/" + course + "/gradebook");
        var view = _get(GradebookView.class);
        GridKt._clickItem(view.grid, 0, view.grid.getColumnByKey("item-" + essay), 1, false, false, false, false);
        var dialog = view.cellDialog;
        assertThat(dialog).isNotNull();
        assertThat(dialog.isOpened()).isTrue();
        dialog.grade.setValue(new BigDecimal("95"));
        dialog.save.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Say why you change this grade.");
        assertThat(jdbc.queryForObject("select count(*) from " + org.schema() + ".grade_change", Integer.class))
                .isZero();
        dialog.reason.setValue("Extra credit for the presentation");
        dialog.save.click();
        assertThat(GridKt._size(dialog.history)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(dialog.history, 0))
                .contains("User teacher@example.com", "80 %", "95 %", "Extra credit for the presentation");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("95 % · overridden", "77.5 %");
    }

    @Test
    void the_cohort_filter_shows_its_members_only() {
        navigate("teach/courses/" + course + "/gradebook");
        var view = _get(GradebookView.class);
        var march = view.cohort.getListDataView().getItems().findFirst().orElseThrow();
        view.cohort.setValue(march);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).first().isEqualTo("User bob@example.com");
        view.cohort.clear();
        view.search.setValue("ann");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).first().isEqualTo("User ann@example.com");
    }

    @Test
    void a_course_without_gradable_items_shows_an_empty_state() {
        long empty = TenantContext.callAs(org, () -> courses.create(new CourseForm("Empty", "", null, null)));
        navigate("teach/courses/" + empty + "/gradebook");
        var view = _get(GradebookView.class);
        assertThat(view.content.getElement().getTextRecursively()).contains("Nothing to grade yet");
    }

    @Test
    void a_category_made_in_the_side_dialog_becomes_a_column_and_weighs_its_items() {
        navigate("teach/courses/" + course + "/gradebook");
        var view = _get(GradebookView.class);
        view.setupButton.click();
        var setup = view.setupDialog;
        assertThat(setup).isNotNull();
        setup.newName.setValue("Essays");
        setup.newWeight.setValue(new BigDecimal("100"));
        setup.addCategory.click();
        @SuppressWarnings("unchecked")
        var essaySelect = (Select<GradebookCategory>)
                setup.items.getChildren().findFirst().orElseThrow();
        essaySelect.setValue(
                essaySelect.getListDataView().getItems().findFirst().orElseThrow());
        setup.close();
        // Essays weighs 100 %: the uncategorised project no longer counts; Ann's total is her essay's 80 %.
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .containsExactly("User ann@example.com", "", "80 %", "60 % · not released", "80 %", "80 %", "B");
    }
}
