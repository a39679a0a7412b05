package io.lyceum.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.quiz.Choice;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * After a move to a smaller plan nothing is deleted: the courses past the plan's course limit, the
 * newest, are read-only with the plan's reason, while learners go on and archiving frees a place.
 */
@LyceumIntegrationTest
class ReadOnlyCoursesTest {

    /** Plans are data: this test's plan of three courses has a code of its own in the shared database. */
    static final String SMALL = "READONLY3";

    static final String REASON_OF_5 = "This course is read-only: the Small plan allows 3 courses and the"
            + " organization has 5. Archive a course or upgrade the plan.";

    @Autowired
    CourseService courses;

    @Autowired
    QuizModules quizzes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void smallPlan(@Autowired JdbcTemplate jdbc) {
        jdbc.update("""
                insert into platform.plan (code, name, monthly_price_cents, max_courses, max_students,
                    max_instructors, sort_order)
                values (?, 'Small', 0, 3, 50, 5, 99) on conflict (code) do nothing""", SMALL);
        jdbc.update("""
                insert into platform.plan_plugin (plan_code, plugin_id) values (?, 'courses'), (?, 'quizzes')
                on conflict do nothing""", SMALL, SMALL);
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    /** An organization on Pro with {@code count} courses, oldest first, each with one published module. */
    private List<Long> organizationWithCourses(Tenant org, int count) {
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long course = courses.create(new CourseForm("Course " + i, "", null, null));
            courses.addModule(course, ModuleForm.text("Module", "text").withPublished(true));
            ids.add(course);
        }
        return ids;
    }

    /** Staff (or billing) move the organization to another plan; the next request sees it. */
    private Tenant movePlan(Tenant org, String plan) {
        jdbc.update("update platform.organization set plan_code = ? where id = ?", plan, org.id());
        Tenant moved = organizations.reload(org.slug());
        TenantContext.set(moved);
        return moved;
    }

    private List<String> readOnlyReasons(List<Long> ids) {
        return ids.stream()
                .map(id -> courses.readOnlyReason(id).orElse("editable"))
                .toList();
    }

    @Test
    void after_a_downgrade_all_courses_stay_and_the_newest_past_the_limit_refuse_every_change_with_the_reason() {
        Tenant org = organizations.create("readonly");
        List<Long> ids = organizationWithCourses(org, 5);
        long quiz = courses.addModule(ids.get(4), ModuleForm.quiz("Quiz"));
        long section = courses.addSection(ids.get(4), "Part one");
        courses.publish(ids.get(4));
        movePlan(org, SMALL);

        assertThat(courses.list("", null, Pageable.unpaged()).getTotalElements())
                .isEqualTo(5);
        assertThat(readOnlyReasons(ids)).containsExactly("editable", "editable", "editable", REASON_OF_5, REASON_OF_5);
        assertThat(courses.list("", null, Pageable.unpaged()).stream()
                        .filter(summary -> summary.readOnly() != null)
                        .map(CourseSummary::id))
                .containsExactlyInAnyOrder(ids.get(3), ids.get(4));

        long readOnly = ids.get(4);
        Outline outline = courses.outline(readOnly);
        long module = outline.modules().getFirst().id();
        var details = courses.details(readOnly);
        List<ThrowingCallable> changes = List.of(
                () -> courses.update(readOnly, details.version(), details.form()),
                () -> courses.publish(ids.get(3)),
                () -> courses.unpublish(readOnly),
                () -> courses.addModule(readOnly, ModuleForm.text("More", "")),
                () -> courses.addSection(readOnly, "Part two"),
                () -> courses.updateModule(module, courses.module(module).version(), ModuleForm.text("Edited", "")),
                () -> courses.setModulePublished(module, false),
                () -> courses.deleteModule(quiz),
                () -> courses.deleteSection(section),
                () -> courses.reorder(
                        readOnly,
                        outline.version(),
                        outline.items().reversed().stream()
                                .map(OutlineItem::ref)
                                .toList()),
                () -> quizzes.createQuestion(
                        quiz,
                        QuestionSpec.singleChoice(
                                "Capital of France?",
                                List.of(new Choice("Paris", true, null), new Choice("Rome", false, null)),
                                1)),
                () -> quizzes.importGift(quiz, "Capital of France? {=Paris ~Rome}"));
        for (ThrowingCallable change : changes) {
            assertThatThrownBy(change).isInstanceOf(PlanLimitException.class).hasMessage(REASON_OF_5);
        }
        assertThat(courses.outline(readOnly).items()).isEqualTo(outline.items());
        assertThat(courses.details(readOnly).status()).isEqualTo(CourseStatus.PUBLISHED);
        // Reading stays open, and so do the courses within the plan.
        assertThat(courses.preview(readOnly).sections()).isNotEmpty();
        var editable = courses.details(ids.get(2));
        courses.update(ids.get(2), editable.version(), editable.form());
        courses.publish(ids.get(2));
    }

    @Test
    void learners_enrolled_in_a_read_only_course_keep_learning() {
        Tenant org = organizations.create("readonlylearn");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        List<Long> ids = organizationWithCourses(org, 5);
        long course = ids.get(4);
        long second =
                courses.addModule(course, ModuleForm.text("Second", "text").withPublished(true));
        courses.publish(course);
        LyceumUser student = organizations.principal(org, "learner@example.com");
        enrollments.enroll(student.id(), course);
        movePlan(org, SMALL);
        assertThat(courses.readOnlyReason(course)).contains(REASON_OF_5);

        long first = courses.outline(course).modules().getFirst().id();
        TestOrganizations.signIn(student);
        assertThat(catalog.course(course)).isPresent();
        assertThat(progress.complete(course, first).progress()).isEqualByComparingTo("50");
        assertThat(progress.complete(course, second).progress()).isEqualByComparingTo("100");
    }

    @Test
    void archiving_frees_a_place_for_the_oldest_read_only_course_and_an_upgrade_frees_them_all() {
        Tenant org = organizations.create("readonlyarchive");
        List<Long> ids = organizationWithCourses(org, 5);
        movePlan(org, SMALL);

        // A read-only course may be archived: that frees its place.
        courses.archive(ids.get(4));
        assertThat(readOnlyReasons(ids.subList(0, 4)))
                .containsExactly(
                        "editable",
                        "editable",
                        "editable",
                        REASON_OF_5.replace("organization has 5", "organization has 4"));
        // Archiving one of the editable three gives its place to the oldest read-only course.
        courses.archive(ids.get(1));
        assertThat(readOnlyReasons(List.of(ids.get(0), ids.get(2), ids.get(3)))).containsOnly("editable");
        // An archived course has no place: restoring it needs one, which the plan refuses now.
        assertThat(courses.readOnlyReason(ids.get(4))).isEmpty();
        assertThatThrownBy(() -> courses.unpublish(ids.get(4)))
                .isInstanceOf(PlanLimitException.class)
                .hasMessage("Your Small plan allows 3 courses. Upgrade your plan to add more.");

        // An upgrade: everything is editable again and both archived courses come back.
        movePlan(org, "PRO");
        courses.unpublish(ids.get(4));
        courses.unpublish(ids.get(1));
        assertThat(readOnlyReasons(ids)).containsOnly("editable");
        courses.addModule(ids.get(4), ModuleForm.text("After the upgrade", ""));
        // And down again: restored courses keep their age, so the newest two are read-only once more.
        movePlan(org, SMALL);
        assertThat(readOnlyReasons(ids)).containsExactly("editable", "editable", "editable", REASON_OF_5, REASON_OF_5);
    }

    @Test
    void one_organizations_downgrade_leaves_another_organizations_courses_editable() {
        Tenant downgraded = organizations.create("readonlyone");
        List<Long> five = organizationWithCourses(downgraded, 5);
        movePlan(downgraded, SMALL);
        Tenant other = organizations.create("readonlytwo", SMALL);
        List<Long> three = organizationWithCourses(other, 3);

        assertThat(readOnlyReasons(three)).containsOnly("editable");
        assertThat(courses.list("", null, Pageable.unpaged()).stream().map(CourseSummary::readOnly))
                .containsOnlyNulls();
        courses.addModule(three.get(2), ModuleForm.text("More", ""));

        TenantContext.set(organizations.reload(downgraded.slug()));
        TestOrganizations.signIn(organizations.principal(downgraded, TestOrganizations.ADMIN_EMAIL));
        assertThat(readOnlyReasons(five)).containsExactly("editable", "editable", "editable", REASON_OF_5, REASON_OF_5);
    }
}
