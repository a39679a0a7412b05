package io.lyceum.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The course page says what a course holds and what comes next; the player's Next names it too. */
class CoursePageAndPlayerTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    Tenant org;
    long course;
    long first;
    long second;
    long third;

    @BeforeEach
    void publishedCourse() {
        org = organizations.create("coursepage");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Kitchen hygiene", "Clean **hands**, safe food.", null, 50)
                .withLearningOutcomes("- Wash your hands properly\n\n* Keep the cold chain unbroken\n"));
        first = courses.addModule(
                course, ModuleForm.text("Washing hands", "Twenty seconds.").withPublished(true));
        courses.addSection(course, "Storing food");
        second = courses.addModule(
                course,
                ModuleForm.video("The cold chain", "https://cdn.example.com/cold.mp4", 12)
                        .withPublished(true));
        third = courses.addModule(
                course, ModuleForm.text("Labels", "Date everything.").withPublished(true));
        courses.publish(course);
        openOn(org);
        signIn("learner@example.com");
    }

    @Test
    void the_course_page_shows_instructor_outline_by_section_and_what_comes_next() {
        navigate("learn/courses/" + course);
        var page = _get(CoursePageView.class);
        String text = page.getElement().getTextRecursively();
        assertThat(text)
                .contains("Taught by Ada Admin")
                .contains("3 modules · 50 min")
                .doesNotContain("Ada Admin ·")
                .contains("About this course")
                .contains("What you will learn");
        assertThat(_get(page, UnorderedList.class)
                        .getChildren()
                        .map(item -> item.getElement().getText().isEmpty()
                                ? item.getElement().getTextRecursively()
                                : item.getElement().getText()))
                .containsExactly("Wash your hands properly", "Keep the cold chain unbroken");
        assertThat(_get(page, Div.class, spec -> spec.withClasses("markdown"))
                        .getElement()
                        .getProperty("innerHTML"))
                .contains("Clean <strong>hands</strong>, safe food.");
        assertThat(page.outline.getElement().getTextRecursively())
                .contains("Washing hands")
                .contains("Reading")
                .contains("Storing food")
                .contains("The cold chain")
                .contains("Video · 12 min")
                .doesNotContain("done");
        assertThat(page.enroll.getText()).isEqualTo("Enroll");

        enrollments.enrollSelf(course);
        progress.complete(course, first);
        navigate("learn/courses/" + course);
        page = _get(CoursePageView.class);
        assertThat(page.enroll.getText()).isEqualTo("Continue");
        assertThat(page.enroll.getElement().getAttribute("aria-label")).isEqualTo("Continue: The cold chain");
        assertThat(page.getElement().getTextRecursively()).contains("Next: The cold chain");
        assertThat(page.outline.getElement().getTextRecursively()).containsOnlyOnce("done");
    }

    @Test
    void next_names_the_module_it_leads_to_and_the_last_leads_back_to_the_course() {
        enrollments.enrollSelf(course);
        navigate("learn/courses/" + course + "/play/" + first);
        var player = _get(PlayerView.class);
        assertThat(player.next.getText()).isEqualTo("Next: The cold chain");
        assertThat(player.previous.isEnabled()).isFalse();
        assertThat(player.moduleDrawer.getSummaryText()).isEqualTo("Modules · 0 of 3 done");
        _click(player.markDone);
        assertThat(player.moduleDrawer.getSummaryText()).isEqualTo("Modules · 1 of 3 done");

        _click(player.next);
        player = _get(PlayerView.class);
        assertThat(player.current().id()).isEqualTo(second);
        assertThat(player.next.getText()).isEqualTo("Next: Labels");
        assertThat(player.previous.getElement().getAttribute("aria-label")).isEqualTo("Previous: Washing hands");

        _click(player.next);
        player = _get(PlayerView.class);
        assertThat(player.next.getText()).isEqualTo("Back to the course");
        _click(player.next);
        assertThat(currentView()).isEqualTo(CoursePageView.class);
    }

    @Test
    void in_german_the_course_page_and_the_player_speak_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        enrollments.enrollSelf(course);
        navigate("learn/courses/" + course);
        var page = _get(CoursePageView.class);
        assertThat(page.getElement().getTextRecursively())
                .contains("Unterrichtet von Ada Admin")
                .contains("3 Module · 50 Min.")
                .contains("Kursinhalt")
                .contains("Lektüre");
        assertThat(page.enroll.getText()).isEqualTo("Kurs beginnen");

        navigate("learn/courses/" + course + "/play/" + first);
        var player = _get(PlayerView.class);
        _click(player.markDone);
        assertThat(player.progressText.getText()).isEqualTo("33,33 % abgeschlossen");
        assertThat(player.next.getText()).isEqualTo("Weiter: The cold chain");
        assertThat(player.markDone.getText()).isEqualTo("Erledigt");
        assertThat(player.moduleDrawer.getSummaryText()).isEqualTo("Module · 1 von 3 erledigt");
    }
}
