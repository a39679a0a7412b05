package io.lyceum.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lyceum.KaribuTest;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.grading.DeadlineService;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearnersReport;
import io.lyceum.tenancy.Tenant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** An instructor grants an extension on the course's Deadlines page. */
class DeadlinesViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearnersReport learners;

    @Autowired
    DeadlineService deadlines;

    @Test
    void an_extension_needs_a_reason_and_then_shows_with_it() {
        Tenant org = organizations.create("deadlines-ui");
        organizations.addUser(org, "teacher@example.com", "chalk-board-77", Role.INSTRUCTOR);
        organizations.addUser(org, "ada@example.com", "chalk-board-77", Role.STUDENT);
        openOn(org);
        signIn("teacher@example.com");
        long course = courses.create(new CourseForm("Web development", "", null, null));
        courses.addModule(
                course,
                ModuleForm.assignment("Build a landing page", "Hand in one page.")
                        .withPublished(true));
        courses.publish(course);
        enrollments.enroll(organizations.principal(org, "ada@example.com").id(), course);

        navigate("teach/courses/" + course + "/deadlines");
        var view = _get(DeadlinesView.class);
        assertThat(view.sections).hasSize(1);
        _click(view.sections.getFirst().grant);
        var dialog = _get(DeadlinesView.ExtensionDialog.class);
        _setValue(
                dialog.learner,
                learners.learners(course, PageRequest.of(0, 10)).getContent().getFirst());
        _setValue(dialog.due, LocalDateTime.parse("2027-04-01T12:00"));
        _click(dialog.save);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give the reason for the extension.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(deadlines.list(course).getFirst().extensions()).isEmpty();

        _setValue(dialog.reason, "Hospital stay");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        var extensions = view.sections
                .getFirst()
                .extensions
                .getGenericDataView()
                .getItems()
                .toList();
        assertThat(extensions)
                .extracting(DeadlineService.Extension::who, DeadlineService.Extension::reason)
                .containsExactly(tuple("User ada@example.com", "Hospital stay"));
        assertThat(extensions.getFirst().grantedBy()).isEqualTo("User teacher@example.com");
    }
}
