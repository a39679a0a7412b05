package io.lyceum.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student finds a course, enrolls, completes its text modules and sees the completion. */
class StudentFlowTest extends KaribuTest {

    @Autowired
    CourseService courses;
    @Autowired
    EnrollmentService enrollments;

    Tenant org;
    long course;
    long first;
    long second;
    long hidden;

    @BeforeEach
    void publishedCourse() {
        org = organizations.create("student");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Kotlin for Java developers", "Learn **Kotlin**.", null, 90));
        first = courses.addModule(course, ModuleForm.text("Why Kotlin", "Because.").withPublished(true));
        second = courses.addModule(course, ModuleForm.text("Null safety", "`?.` and `!!`").withPublished(true));
        hidden = courses.addModule(course, ModuleForm.text("Secret draft", "not yet"));
        courses.publish(course);
        openOn(org);
        signIn("learner@example.com");
    }

    @Test
    void a_student_enrolls_completes_every_module_and_sees_the_completion() {
        navigate("learn/catalog");
        assertThat(_get(CatalogView.class).cards.getElement().getTextRecursively())
                .contains("Kotlin for Java developers").contains("2 modules");

        navigate("learn/courses/" + course);
        var page = _get(CoursePageView.class);
        assertThat(page.enroll.getText()).isEqualTo("Enroll");
        _click(page.enroll);

        var player = _get(PlayerView.class);
        assertThat(player.current().id()).isEqualTo(first);
        _click(player.markDone);
        assertThat(player.progressText.getText()).isEqualTo("50 % complete");
        assertThat(player.markDone.isEnabled()).isFalse();

        _click(player.next);
        player = _get(PlayerView.class);
        assertThat(player.current().id()).isEqualTo(second);
        _click(player.markDone);
        assertThat(player.progressText.getText()).isEqualTo("100 % complete");
        assertThat(player.completion.getText()).isEqualTo("Course completed");
        assertThat(enrollments.mine(course).orElseThrow().status()).isEqualTo(EnrollmentStatus.COMPLETED);

        // Completing again changes nothing.
        var again = enrollments.complete(course, second);
        assertThat(again.progress()).isEqualByComparingTo("100");

        navigate("learn");
        assertThat(_get(MyLearningView.class).completed.getElement().getTextRecursively())
                .contains("Kotlin for Java developers");
    }

    @Test
    void the_player_resumes_where_the_student_left_off() {
        enrollments.enrollSelf(course);
        enrollments.complete(course, second);
        navigate("learn/courses/" + course + "/play");
        assertThat(_get(PlayerView.class).current().id()).isEqualTo(second);
    }

    @Test
    void an_unpublished_module_url_is_refused_and_unenrolled_students_land_on_the_course_page() {
        navigate("learn/courses/" + course + "/play");
        assertThat(currentView()).isEqualTo(CoursePageView.class);
        enrollments.enrollSelf(course);
        navigate("learn/courses/" + course + "/play/" + hidden);
        assertThat(currentView().getSimpleName()).contains("NotFound");
        navigate("learn/courses/" + (course + 1000));
        assertThat(currentView().getSimpleName()).contains("NotFound");
    }

    @Test
    void another_organizations_course_is_not_found() {
        Tenant other = organizations.create("otherstudent");
        openOn(other);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("learn/courses/" + course);
        assertThat(currentView().getSimpleName()).contains("NotFound");
    }
}
