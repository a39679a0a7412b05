package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Assignment settings and rubrics through their services: access, validation, locking, duplication. */
@LyceumIntegrationTest
class AssignmentsTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Assignments assignments;

    @Autowired
    Rubrics rubrics;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static RubricForm essayRubric() {
        return new RubricForm(
                "Essay",
                List.of(
                        new RubricForm.Criterion(
                                null,
                                "Argument",
                                "",
                                List.of(
                                        new RubricForm.Level(null, "Weak", "", BigDecimal.ZERO),
                                        new RubricForm.Level(null, "Strong", "", BigDecimal.TEN))),
                        new RubricForm.Criterion(
                                null, "Style", "", List.of(new RubricForm.Level(null, "Clear", "", BigDecimal.ONE)))));
    }

    private static AssignmentForm settings(Long rubricId, Instant due) {
        return new AssignmentForm(
                true,
                true,
                "PDF, .docx",
                20,
                due,
                BigDecimal.valueOf(50),
                BigDecimal.valueOf(70),
                rubricId,
                LatePolicy.PENALTY,
                BigDecimal.valueOf(10),
                true,
                2,
                true,
                true);
    }

    @Test
    void an_instructor_saves_settings_and_a_stale_save_is_refused_without_overwriting() {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var classroom = fixtures.classroom("assign-save", 0);
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            long rubric = rubrics.create(classroom.courseId(), essayRubric());
            var loaded = assignments.settings(classroom.moduleId());
            assertThat(loaded.title()).isEqualTo("Build a landing page");
            Instant due = Instant.parse("2027-03-01T17:00:00Z");

            var saved = assignments.update(classroom.moduleId(), loaded.version(), settings(rubric, due));

            assertThat(saved.fileTypes()).isEqualTo("pdf,docx");
            assertThat(saved.dueAt()).isEqualTo(due);
            assertThat(saved.rubricId()).isEqualTo(rubric);
            assertThat(saved.rubricTitle()).isEqualTo("Essay");
            assertThat(saved.latePolicy()).isEqualTo(LatePolicy.PENALTY);
            assertThat(saved.latePenaltyPerDay()).isEqualByComparingTo("10");
            assertThat(saved.completesOnSubmission()).isTrue();
            assertThat(rubrics.rubric(rubric).usedBy()).isEqualTo(1);
            var stale = settings(null, null);
            assertThatThrownBy(() -> assignments.update(classroom.moduleId(), loaded.version(), stale))
                    .isInstanceOf(AssignmentConflictException.class)
                    .hasMessageContaining("Someone else saved these settings");
            assertThat(assignments.settings(classroom.moduleId()).rubricId()).isEqualTo(rubric);
        });
        Integer audited = jdbc.queryForObject(
                "select count(*) from " + classroom.org().schema() + ".audit_event where action = 'assignment.changed'",
                Integer.class);
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void settings_break_no_rule_nor_a_rubric_of_another_course() {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var classroom = fixtures.classroom("assign-rules", 0);
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            long version = assignments.settings(classroom.moduleId()).version();
            var none = new AssignmentForm(
                    false,
                    false,
                    "pdf",
                    10,
                    null,
                    BigDecimal.TEN,
                    BigDecimal.valueOf(120),
                    null,
                    LatePolicy.ACCEPT,
                    BigDecimal.ZERO,
                    false,
                    null,
                    false,
                    false);
            assertThatThrownBy(() -> assignments.update(classroom.moduleId(), version, none))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("at least one way to hand in")
                    .hasMessageContaining("percentage from 0 to 100");
            var exe = new AssignmentForm(
                    false,
                    true,
                    "pdf, exe",
                    10,
                    null,
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    null,
                    LatePolicy.ACCEPT,
                    BigDecimal.ZERO,
                    false,
                    null,
                    false,
                    false);
            assertThatThrownBy(() -> assignments.update(classroom.moduleId(), version, exe))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("allowed file types");
            long otherCourse = courses.create(new CourseForm("Other", "", null, null));
            long foreign = rubrics.create(otherCourse, essayRubric());
            assertThatThrownBy(() -> assignments.update(classroom.moduleId(), version, settings(foreign, null)))
                    .isInstanceOf(InvalidAssignmentException.class);
            assertThatThrownBy(() -> rubrics.create(
                            classroom.courseId(),
                            new RubricForm(" ", List.of(new RubricForm.Criterion(null, "A", "", List.of())))))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("Give the rubric a title")
                    .hasMessageContaining("at least one level");
        });
    }

    @Test
    void an_instructor_of_another_course_and_another_organization_find_nothing() {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var classroom = fixtures.classroom("assign-mine", 0);
        var elsewhere = fixtures.classroom("assign-theirs", 0);
        organizations.addUser(classroom.org(), "other@example.com", GradingFixtures.PASSWORD, Role.INSTRUCTOR);
        var other = organizations.principal(classroom.org(), "other@example.com");
        long rubric = TenantContext.callAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            return rubrics.create(classroom.courseId(), essayRubric());
        });
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(other);
            assertThatThrownBy(() -> assignments.settings(classroom.moduleId()))
                    .isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() -> assignments.update(classroom.moduleId(), 0, settings(null, null)))
                    .isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() -> rubrics.rubric(rubric)).isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() -> rubrics.delete(rubric)).isInstanceOf(NoSuchItemException.class);
        });
        // Ids are per organization: this module's id is one the other organization has not used.
        long onlyHere = fixtures.addAssignment(classroom, "Only here");
        fixtures.addAssignment(classroom, "And here");
        long foreign = fixtures.addAssignment(classroom, "Here too");
        assertThat(foreign).isNotEqualTo(elsewhere.moduleId());
        TenantContext.runAs(elsewhere.org(), () -> {
            TestOrganizations.signIn(elsewhere.instructor());
            assertThatThrownBy(() -> assignments.settings(foreign)).isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() -> assignments.update(foreign, 0, settings(null, null)))
                    .isInstanceOf(NoSuchItemException.class);
            assertThat(assignments.settings(elsewhere.moduleId()).title()).isEqualTo("Build a landing page");
        });
        assertThat(onlyHere).isPositive();
    }

    @Test
    void duplicating_a_course_copies_settings_and_each_rubric_once() {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var classroom = fixtures.classroom("assign-copy", 0);
        long second = fixtures.addAssignment(classroom, "Second page");
        long copy = TenantContext.callAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            long rubric = rubrics.create(classroom.courseId(), essayRubric());
            Instant due = Instant.parse("2027-05-01T09:00:00Z");
            assignments.update(
                    classroom.moduleId(),
                    assignments.settings(classroom.moduleId()).version(),
                    settings(rubric, due));
            assignments.update(second, assignments.settings(second).version(), settings(rubric, due));
            return courses.duplicate(classroom.courseId());
        });
        String schema = classroom.org().schema();
        List<Long> copiedModules = jdbc.queryForList(
                "select module_id from " + schema + ".assignment where course_id = ? order by module_id",
                Long.class,
                copy);
        assertThat(copiedModules).hasSize(2);
        List<Long> copiedRubrics =
                jdbc.queryForList("select id from " + schema + ".rubric where course_id = ?", Long.class, copy);
        assertThat(copiedRubrics).hasSize(1);
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            for (long module : copiedModules) {
                var settings = assignments.settings(module);
                assertThat(settings.courseId()).isEqualTo(copy);
                assertThat(settings.rubricId()).isEqualTo(copiedRubrics.getFirst());
                assertThat(settings.points()).isEqualByComparingTo("50");
                assertThat(settings.dueAt()).isEqualTo(Instant.parse("2027-05-01T09:00:00Z"));
                assertThat(settings.latePolicy()).isEqualTo(LatePolicy.PENALTY);
                assertThat(settings.resubmissions()).isEqualTo(2);
            }
            var rubric = rubrics.rubric(copiedRubrics.getFirst());
            assertThat(rubric.spec().criteria())
                    .extracting(RubricSpec.Criterion::title)
                    .containsExactly("Argument", "Style");
            assertThat(rubric.spec().maxPoints()).isEqualByComparingTo("11");
        });
    }

    @Test
    void deleting_a_rubric_leaves_its_assignments_without_one() {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var classroom = fixtures.classroom("assign-unrubric", 0);
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            long rubric = rubrics.create(classroom.courseId(), essayRubric());
            assignments.update(
                    classroom.moduleId(),
                    assignments.settings(classroom.moduleId()).version(),
                    settings(rubric, null));
            var before = rubrics.rubric(rubric);
            var ids = before.spec().criteria().stream()
                    .map(RubricSpec.Criterion::id)
                    .toList();
            assertThat(ids).allMatch(id -> id.length() == 8).doesNotHaveDuplicates();
            var edited = rubrics.update(
                    rubric,
                    before.version(),
                    new RubricForm("Essay, revised", before.form().criteria()));
            assertThat(edited.spec().criteria().stream()
                            .map(RubricSpec.Criterion::id)
                            .toList())
                    .isEqualTo(ids);
            assertThatThrownBy(() -> rubrics.update(rubric, before.version(), before.form()))
                    .isInstanceOf(AssignmentConflictException.class);

            rubrics.delete(rubric);

            assertThat(assignments.settings(classroom.moduleId()).rubricId()).isNull();
            assertThatThrownBy(() -> rubrics.rubric(rubric)).isInstanceOf(NoSuchItemException.class);
        });
    }
}
