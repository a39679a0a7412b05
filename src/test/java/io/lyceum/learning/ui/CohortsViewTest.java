package io.lyceum.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.KaribuTest;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.Role;
import io.lyceum.learning.CohortService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** An instructor manages a course's cohorts on its Cohorts page. */
class CohortsViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    CohortService cohorts;

    Tenant org;
    long course;

    @BeforeEach
    void courseWithLearners() {
        org = organizations.create("cohorts-ui");
        organizations.addUser(org, "teacher@example.com", "chalk-board-77", Role.INSTRUCTOR);
        organizations.addUser(org, "ada@example.com", "chalk-board-77", Role.STUDENT);
        organizations.addUser(org, "bob@example.com", "chalk-board-77", Role.STUDENT);
        openOn(org);
        signIn("teacher@example.com");
        course = courses.create(new CourseForm("Web development", "", null, null));
        courses.addModule(course, ModuleForm.text("Welcome", "Hello").withPublished(true));
        courses.publish(course);
        enrollments.enroll(organizations.principal(org, "ada@example.com").id(), course);
        enrollments.enroll(organizations.principal(org, "bob@example.com").id(), course);
    }

    @Test
    void an_instructor_creates_a_cohort_and_adds_learners_who_then_see_it_on_the_course_page() {
        navigate("teach/courses/" + course + "/cohorts");
        var view = _get(CohortsView.class);
        assertThat(view.cohortGrid.isVisible())
                .as("empty state instead of an empty list")
                .isFalse();

        _click(view.create);
        var dialog = _get(CohortsView.CohortDialog.class);
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the name.");
        _setValue(dialog.name, "March 2027");
        _setValue(dialog.startsOn, LocalDate.parse("2027-03-01"));
        _setValue(dialog.schedule, "Week 1: **HTML**");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        var rows = cohorts.list(course);
        assertThat(rows).extracting(CohortService.CohortRow::name).containsExactly("March 2027");
        view.cohortGrid.select(rows.getFirst());
        assertThat(view.membersPanel.isVisible()).isTrue();
        var learners = cohorts.learners(course, PageRequest.of(0, 10)).getContent();
        _setValue(view.pick, Set.copyOf(learners));
        _click(view.addMembers);
        assertThat(cohorts.list(course).getFirst().members()).isEqualTo(2);
        assertThat(view.members.getGenericDataView().getItems())
                .extracting(CohortService.CohortMember::email)
                .containsExactlyInAnyOrder("ada@example.com", "bob@example.com");

        // A second cohort of the same name is refused next to the field.
        _click(view.create);
        var again = _get(CohortsView.CohortDialog.class);
        _setValue(again.name, "March 2027");
        _click(again.save);
        assertThat(again.name.getErrorMessage())
                .isEqualTo("This course already has \"March 2027\". Choose another name.");
        again.close();

        signIn("ada@example.com");
        navigate("learn/courses/" + course);
        var page = _get(CoursePageView.class);
        assertThat(page.getElement().getOuterHTML())
                .contains("Your cohort: March 2027")
                .contains("<strong>HTML</strong>");
    }
}
