package io.lyceum.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.QuizModules;
import io.lyceum.identity.Role;
import io.lyceum.learning.AnswerReviews;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A learner writes an essay in the player, reads that it waits for the instructor, later its points and feedback. */
class EssayQuizTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    QuizModules quizzes;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    AnswerReviews reviews;

    Tenant org;
    long course;
    long quiz;

    @BeforeEach
    void aQuizWithAnEssay() {
        org = organizations.create("essayui");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Astronomy", "", null, null));
        quiz = courses.addModule(course, ModuleForm.quiz("Moon quiz"));
        quizzes.importGift(quiz, "Closest star? {=The Sun ~Sirius}\n\nDescribe the phases of the Moon. {}\n");
        courses.setModulePublished(quiz, true);
        courses.publish(course);
        openOn(org);
        signIn("learner@example.com");
        enrollments.enrollSelf(course);
    }

    @SuppressWarnings("unchecked")
    private QuizForm answered(String essay) {
        navigate("learn/courses/" + course + "/play/" + quiz);
        var form = _get(QuizForm.class);
        _setValue((RadioButtonGroup<String>) form.fields.get(0), "The Sun");
        _setValue((TextArea) form.fields.get(1), essay);
        return form;
    }

    private void markTheEssay(String points, String feedback) {
        var before = SecurityContextHolder.getContext();
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        var answer = reviews.answers(course, quiz, 0, 10).getFirst();
        reviews.review(
                answer.attemptId(), answer.questionIndex(), answer.attemptVersion(), new BigDecimal(points), feedback);
        SecurityContextHolder.setContext(before);
    }

    @Test
    void the_essay_is_a_text_area_with_its_limit_and_a_count_of_what_is_written() {
        var form = answered("Waxing and waning.");
        var essay = (TextArea) form.fields.get(1);
        assertThat(essay.getMaxLength()).isEqualTo(QuestionSpec.ANSWER_MAX_LENGTH);
        assertThat(essay.getHelperText()).isEqualTo("18 of 10,000 characters. Your instructor marks this answer.");
    }

    @Test
    void an_attempt_with_an_essay_says_it_waits_for_the_instructor_instead_of_failing() {
        var form = answered("Waxing and waning.");
        _click(form.submit);
        assertThat(form.result.getText())
                .startsWith("Score so far: 50 %.")
                .contains("Some answers are waiting to be marked by your instructor.")
                .doesNotContain("not passed");
        assertThat(form.reviews.get(0).getElement().getTextRecursively()).isEqualTo("Correct");
        assertThat(form.reviews.get(1).getElement().getTextRecursively()).isEqualTo("Waiting to be marked");
        assertThat(form.attempts.getElement().getTextRecursively())
                .contains("Attempt 1: 50 % so far. Some answers are waiting to be marked by your instructor.");
    }

    @Test
    void once_marked_the_learner_sees_the_points_and_feedback_of_the_essay() {
        _click(answered("Waxing and waning.").submit);
        markTheEssay("0.5", "Name the phases: new, crescent, quarter, gibbous, full.");

        navigate("learn/courses/" + course + "/play/" + quiz);
        var form = _get(QuizForm.class);
        assertThat(form.attempts.getElement().getTextRecursively())
                .contains("Attempt 1: 75 % (passed).")
                .contains("Question 2, Describe the phases of the Moon.: 0.5 of 1 point.")
                .contains("Feedback: Name the phases: new, crescent, quarter, gibbous, full.")
                .doesNotContain("waiting");
    }

    @Test
    void in_german_the_waiting_message_and_the_marks_are_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        var form = answered("Zunehmend und abnehmend.");
        _click(form.submit);
        assertThat(form.result.getText())
                .startsWith("Ergebnis bisher: 50 %.")
                .contains("Einige Antworten warten noch auf die Bewertung durch Ihre Lehrenden.");
        markTheEssay("1", "Gut.");
        navigate("learn/courses/" + course + "/play/" + quiz);
        assertThat(_get(QuizForm.class).attempts.getElement().getTextRecursively())
                .contains("Versuch 1: 100 % (bestanden).")
                .contains("1 von 1 Punkt.")
                .contains("Rückmeldung: Gut.");
    }
}
