package io.lyceum.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.ui.Badge;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.CourseSummary;
import io.lyceum.course.ModuleForm;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The builder of a course past the plan's limit after a downgrade: the plan's reason and no way to change it. */
class ReadOnlyCourseBuilderTest extends KaribuTest {

    static final String REASON = "This course is read-only: the Small plan allows 3 courses and the"
            + " organization has 5. Archive a course or upgrade the plan.";

    @Autowired
    CourseService courses;

    @Autowired
    JdbcTemplate jdbc;

    Tenant org;
    List<Long> ids = new ArrayList<>();

    /** The same plan as the service's test: three courses, a code of its own in the shared database. */
    @BeforeAll
    static void smallPlan(@Autowired JdbcTemplate jdbc) {
        jdbc.update("""
                insert into platform.plan (code, name, monthly_price_cents, max_courses, max_students,
                    max_instructors, sort_order)
                values ('READONLY3', 'Small', 0, 3, 50, 5, 99) on conflict (code) do nothing""");
        jdbc.update("""
                insert into platform.plan_plugin (plan_code, plugin_id)
                values ('READONLY3', 'courses'), ('READONLY3', 'quizzes') on conflict do nothing""");
    }

    @BeforeEach
    void fiveCoursesThenASmallerPlan() {
        org = organizations.create("readonlyui");
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        for (int i = 1; i <= 5; i++) {
            long course = courses.create(new CourseForm("Course " + i, "", null, null));
            courses.addModule(course, ModuleForm.text("Welcome", "text").withPublished(true));
            courses.addModule(course, ModuleForm.text("Next", "more"));
            ids.add(course);
        }
        SecurityContextHolder.clearContext();
        jdbc.update("update platform.organization set plan_code = 'READONLY3' where id = ?", org.id());
        org = organizations.reload(org.slug());
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
    }

    private CourseBuilderView builderOf(long course) {
        navigate("teach/courses/" + course);
        return _get(CourseBuilderView.class);
    }

    @Test
    void a_read_only_course_shows_the_plans_reason_and_offers_no_change() {
        var builder = builderOf(ids.get(4));
        assertThat(builder.readOnly.isVisible()).isTrue();
        assertThat(builder.readOnly.getText()).isEqualTo(REASON);
        for (Button change : List.of(
                builder.details,
                builder.publish,
                builder.addText,
                builder.addVideo,
                builder.addQuiz,
                builder.addSection)) {
            assertThat(change.isEnabled()).as(change.getText()).isFalse();
        }
        assertThatThrownBy(() -> _click(builder.publish)).isInstanceOf(IllegalStateException.class);
        assertThat(builder.outlineGrid.isRowsDraggable()).isFalse();
        var move = (HorizontalLayout) GridKt._getCellComponent(builder.outlineGrid, 0, "move");
        assertThat(move.getChildren().map(Button.class::cast)).noneMatch(Button::isEnabled);
        var row = (HorizontalLayout) GridKt._getCellComponent(builder.outlineGrid, 0, "item");
        assertThat(row.getChildren().filter(Button.class::isInstance).map(Button.class::cast))
                .isNotEmpty()
                .noneMatch(Button::isEnabled);

        var editor = builder.editor();
        assertThat(editor).isNotNull();
        assertThat(editor.save.isEnabled()).isFalse();
        assertThat(editor.title.isReadOnly()).isTrue();
        assertThat(editor.body.isReadOnly()).isTrue();
        // Reading goes on: the preview and the other module.
        assertThat(builder.preview.isEnabled()).isTrue();
        builder.select(builder.outline().modules().getLast().id());
        assertThat(builder.editor().save.isEnabled()).isFalse();
    }

    @Test
    void a_course_within_the_plan_stays_editable_and_the_list_marks_the_read_only_ones() {
        var builder = builderOf(ids.get(0));
        assertThat(builder.readOnly.isVisible()).isFalse();
        assertThat(builder.publish.isEnabled()).isTrue();
        assertThat(builder.addText.isEnabled()).isTrue();
        assertThat(builder.editor().save.isEnabled()).isTrue();
        _click(builder.publish);

        navigate("teach/courses");
        var list = _get(CoursesView.class);
        var marked = IntStream.range(0, GridKt._size(list.grid))
                .filter(row -> badges(list, row).contains("Read-only"))
                .mapToObj(row -> GridKt._get(list.grid, row))
                .map(CourseSummary::id)
                .toList();
        assertThat(marked).containsExactlyInAnyOrder(ids.get(3), ids.get(4));
    }

    @Test
    void an_archived_course_frees_its_place_and_the_reason_speaks_the_readers_language() {
        courses.archive(ids.get(1));
        assertThat(builderOf(ids.get(3)).readOnly.isVisible()).isFalse();

        UI.getCurrent().setLocale(Locale.GERMAN);
        var builder = builderOf(ids.get(4));
        assertThat(builder.readOnly.getText())
                .isEqualTo("Dieser Kurs ist schreibgeschützt: Der Tarif „Small“ erlaubt 3 Kurse, und die Organisation"
                        + " hat 4. Archivieren Sie einen Kurs oder wechseln Sie in einen größeren Tarif.");
        navigate("teach/courses");
        var list = _get(CoursesView.class);
        assertThat(IntStream.range(0, GridKt._size(list.grid)).mapToObj(row -> badges(list, row)))
                .filteredOn(texts -> texts.contains("Schreibgeschützt"))
                .hasSize(1);
    }

    private static List<String> badges(CoursesView list, int row) {
        var cell = GridKt._getCellComponent(list.grid, row, "status");
        return (cell instanceof Badge badge
                        ? Stream.of(badge)
                        : cell.getChildren().map(Badge.class::cast))
                .map(Badge::getText)
                .toList();
    }
}
