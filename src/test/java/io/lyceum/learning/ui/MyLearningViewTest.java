package io.lyceum.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.ui.CoverArt;
import io.lyceum.base.ui.EmptyState;
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

/** My learning puts the course to pick up first, says what comes next, and hides empty sections. */
class MyLearningViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    Tenant org;
    long course;
    long second;

    @BeforeEach
    void aCourseOfThreeModules() {
        org = organizations.create("home");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Safety basics", "", null, 45));
        long first = courses.addModule(course, ModuleForm.text("Hazards", "…").withPublished(true));
        second = courses.addModule(course, ModuleForm.text("Fire exits", "…").withPublished(true));
        courses.addModule(course, ModuleForm.text("Quiz time", "…").withPublished(true));
        courses.publish(course);
        long single = courses.create(new CourseForm("One pager", "", null, 90));
        courses.addModule(single, ModuleForm.text("Only", "…").withPublished(true));
        courses.publish(single);
        openOn(org);
        signIn("learner@example.com");
        enrollments.enrollSelf(course);
        progress.complete(course, first);
    }

    @Test
    void the_course_last_worked_on_comes_first_with_its_next_module_and_empty_sections_are_not_shown() {
        navigate("learn");
        var home = _get(MyLearningView.class);
        String resume = home.resume.getElement().getTextRecursively();
        assertThat(resume)
                .contains("Safety basics")
                .contains("Next: Fire exits")
                .contains("33 %");
        assertThat(home.inProgress.getElement().getTextRecursively()).contains("Safety basics", "3 modules");
        String page = home.getElement().getTextRecursively();
        assertThat(page).contains("Continue where you left off", "In progress").doesNotContain("Completed");
    }

    @Test
    void the_catalog_counts_in_words_shows_a_pattern_without_a_cover_and_the_readers_progress() {
        navigate("learn/catalog");
        var catalog = _get(CatalogView.class);
        String cards = catalog.cards.getElement().getTextRecursively();
        assertThat(cards)
                .contains("Ada Admin · 3 modules · 45 min")
                .contains("Ada Admin · 1 module · 1 h 30 min")
                .contains("33 %");
        assertThat(catalog.cards.getElement().getChildren().flatMap(card -> card.getChildren()))
                .anySatisfy(child -> assertThat(child.getComponent()).containsInstanceOf(CoverArt.class));
    }

    @Test
    void in_german_the_same_pages_speak_german_with_german_plurals_and_numbers() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("learn");
        String home = _get(MyLearningView.class).getElement().getTextRecursively();
        assertThat(home)
                .contains("Weitermachen, wo Sie aufgehört haben")
                .contains("Als Nächstes: Fire exits")
                .contains("3 Module")
                .contains("Zum Katalog");
        navigate("learn/catalog");
        assertThat(_get(CatalogView.class).cards.getElement().getTextRecursively())
                .contains("1 Modul · 1 Std. 30 Min.")
                .contains("Kurs ansehen");
    }

    @Test
    void a_search_that_finds_nothing_says_so_and_offers_to_clear_it() {
        navigate("learn/catalog");
        var catalog = _get(CatalogView.class);
        catalog.search.setValue("underwater basket weaving");
        var empty = _get(catalog.cards, EmptyState.class);
        assertThat(empty.getElement().getTextRecursively())
                .contains("No course matches \"underwater basket weaving\"")
                .contains("Try another word");
        _click(_get(empty, Button.class, spec -> spec.withText("Clear the search")));
        assertThat(catalog.search.getValue()).isEmpty();
        assertThat(catalog.cards.getElement().getTextRecursively()).contains("View course");
    }
}
