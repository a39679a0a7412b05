package io.lyceum.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.QuizModules;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.QuizTaking;
import io.lyceum.learning.ReviewedAnswer;
import io.lyceum.learning.StudentQuestion;
import io.lyceum.quiz.QuizReview;
import io.lyceum.quiz.QuizSettings;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** After an attempt the student sees which answers were wrong, as far as the quiz's review setting allows. */
class QuizReviewTest extends KaribuTest {

    static final String GIFT =
            "Capital of France? {=Paris ~Rome#Rome is the capital of Italy.}\n\n" + "Capital of Canada? {=Ottawa}\n";

    @Autowired
    CourseService courses;

    @Autowired
    QuizModules quizzes;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    QuizTaking quizTaking;

    Tenant org;
    long course;
    long quiz;

    @BeforeEach
    void aCourseWithAQuiz() {
        org = organizations.create("review");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Geography", "", null, null));
        quiz = courses.addModule(course, ModuleForm.quiz("Capitals"));
        quizzes.importGift(quiz, GIFT);
        courses.setModulePublished(quiz, true);
        courses.publish(course);
        openOn(org);
        signIn("learner@example.com");
        enrollments.enrollSelf(course);
    }

    @SuppressWarnings("unchecked")
    private QuizForm answer(String france, String canada) {
        navigate("learn/courses/" + course + "/play/" + quiz);
        var form = _get(QuizForm.class);
        _setValue((RadioButtonGroup<String>) form.fields.get(0), france);
        _setValue((TextField) form.fields.get(1), canada);
        return form;
    }

    /** Every text, attribute and property of the player's elements: what the browser could learn of it. */
    private static String everythingOnThePage() {
        var all = new StringBuilder();
        collect(_get(PlayerView.class).getElement(), all);
        return all.toString();
    }

    private static void collect(Element element, StringBuilder all) {
        if (element.isTextNode()) {
            all.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames()
                .forEach(name -> all.append(name)
                        .append('=')
                        .append(element.getAttribute(name))
                        .append('\n'));
        element.getPropertyNames()
                .forEach(name -> all.append(name)
                        .append('=')
                        .append(element.getPropertyRaw(name))
                        .append('\n'));
        element.getChildren().forEach(child -> collect(child, all));
    }

    private void review(QuizReview review) {
        var before = SecurityContextHolder.getContext();
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        var module = courses.module(quiz);
        quizzes.save(
                quiz,
                module.version(),
                module.form(),
                new QuizSettings(QuizSettings.DEFAULT_PASSING_SCORE, null, false, review));
        SecurityContextHolder.setContext(before);
    }

    @Test
    void new_quizzes_say_what_was_wrong_by_default() {
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        assertThat(quizzes.settings(quiz).review()).isEqualTo(QuizReview.WHAT_WAS_WRONG);
    }

    @Test
    void a_failed_attempt_shows_per_question_whether_it_was_right_and_the_feedback_of_the_chosen_answer() {
        var form = answer("Rome", "Toronto");
        _click(form.submit);
        assertThat(form.getElement().getTextRecursively())
                .contains("Score: 0 %")
                .contains("Incorrect")
                .contains("Rome is the capital of Italy.")
                // By default the review says what was wrong, not what would have been right.
                .doesNotContain("Ottawa")
                .doesNotContain("Correct answer");
        assertThat(form.result.getText()).contains("0 of 2 questions answered correctly.");
        assertThat(form.reviews.get(1).getElement().getTextRecursively()).isEqualTo("Incorrect");
    }

    @Test
    void with_correct_answers_the_review_names_them_for_the_questions_answered_wrongly() {
        review(QuizReview.WITH_CORRECT_ANSWERS);
        var form = answer("Paris", "Toronto");
        _click(form.submit);
        assertThat(form.reviews.get(0).getElement().getTextRecursively()).isEqualTo("Correct");
        assertThat(form.reviews.get(1).getElement().getTextRecursively()).isEqualTo("IncorrectCorrect answer: Ottawa");
        assertThat(form.result.getText()).contains("1 of 2 questions answered correctly.");
    }

    @Test
    void in_german_the_quiz_its_points_score_and_review_are_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        var form = answer("Rome", "Toronto");
        assertThat(form.submit.getText()).isEqualTo("Antworten absenden");
        assertThat(form.fields.getFirst().getElement().getProperty("label"))
                .isEqualTo("1. Capital of France? (1 Punkt)");
        _click(form.submit);
        assertThat(form.result.getText())
                .startsWith("Ergebnis: 0 % (nicht bestanden;")
                .contains("Bestes: 0 %.")
                .endsWith("0 von 2 Fragen richtig beantwortet.");
        assertThat(form.reviews.get(1).getElement().getTextRecursively()).isEqualTo("Falsch");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_true_false_question_reads_in_the_students_language() {
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long trueFalse = courses.addModule(course, ModuleForm.quiz("Facts"));
        quizzes.importGift(trueFalse, "CO2 is safe on electrical fires. {T}\n");
        courses.setModulePublished(trueFalse, true);
        signIn("learner@example.com");
        UI.getCurrent().setLocale(Locale.GERMAN);

        navigate("learn/courses/" + course + "/play/" + trueFalse);
        var group = (RadioButtonGroup<String>) _get(QuizForm.class).fields.getFirst();
        assertThat(group.getListDataView().getItems().map(group.getItemLabelGenerator()))
                .containsExactly("Wahr", "Falsch");
    }

    @Test
    void with_no_review_only_the_score_is_shown() {
        review(QuizReview.NONE);
        var form = answer("Rome", "Toronto");
        _click(form.submit);
        assertThat(form.getElement().getTextRecursively())
                .contains("Score: 0 %")
                .doesNotContain("Incorrect")
                .doesNotContain("Rome is the capital of Italy.")
                .doesNotContain("Ottawa")
                .doesNotContain("answered correctly");
        assertThat(form.reviews.values()).noneMatch(slot -> slot.isVisible());
    }

    @Test
    void no_answer_or_feedback_is_on_the_page_before_the_attempt_is_submitted() {
        review(QuizReview.WITH_CORRECT_ANSWERS);
        var form = answer("Rome", "Toronto");
        String page = everythingOnThePage();
        assertThat(page).doesNotContain("Ottawa").doesNotContain("Rome is the capital of Italy.");
        assertThat(quizTaking.quiz(course, quiz))
                .extracting(StudentQuestion::options)
                .containsExactly(List.of("Paris", "Rome"), List.of());

        _click(form.submit);
        assertThat(everythingOnThePage()).contains("Ottawa").contains("Rome is the capital of Italy.");
    }

    @Test
    void the_result_carries_as_much_review_as_the_setting_allows() {
        Map<Integer, List<String>> wrong = Map.of(0, List.of("Rome"), 1, List.of("Toronto"));
        review(QuizReview.NONE);
        assertThat(quizTaking.submitQuiz(course, quiz, wrong).review()).isEmpty();

        review(QuizReview.WHAT_WAS_WRONG);
        assertThat(quizTaking.submitQuiz(course, quiz, wrong).review())
                .containsExactly(
                        new ReviewedAnswer(0, false, List.of("Rome is the capital of Italy."), List.of()),
                        new ReviewedAnswer(1, false, List.of(), List.of()));

        review(QuizReview.WITH_CORRECT_ANSWERS);
        assertThat(quizTaking
                        .submitQuiz(course, quiz, Map.of(0, List.of("Paris")))
                        .review())
                .containsExactly(
                        new ReviewedAnswer(0, true, List.of(), List.of("Paris")),
                        new ReviewedAnswer(1, false, List.of(), List.of("Ottawa")));
    }

    @Test
    void the_review_shows_only_the_organizations_own_quiz() {
        // Another organization with a course built the same way: same ids in its own schema, other answers.
        Tenant other = organizations.create("reviewother");
        organizations.addUser(other, "learner@example.com", "study-hard-42", Role.STUDENT);
        TenantContext.clear();
        TenantContext.set(other);
        TestOrganizations.signIn(organizations.principal(other, TestOrganizations.ADMIN_EMAIL));
        long otherCourse = courses.create(new CourseForm("Geography", "", null, null));
        long otherQuiz = courses.addModule(otherCourse, ModuleForm.quiz("Capitals"));
        quizzes.importGift(otherQuiz, "Capital of Spain? {=Madrid ~Lisbon#Lisbon is in Portugal.}\n");
        var module = courses.module(otherQuiz);
        quizzes.save(
                otherQuiz,
                module.version(),
                module.form().withPublished(true),
                new QuizSettings(60, null, false, QuizReview.WITH_CORRECT_ANSWERS));
        courses.publish(otherCourse);
        openOn(other);
        signIn("learner@example.com");
        enrollments.enrollSelf(otherCourse);

        navigate("learn/courses/" + otherCourse + "/play/" + otherQuiz);
        var form = _get(QuizForm.class);
        @SuppressWarnings("unchecked")
        var spain = (RadioButtonGroup<String>) form.fields.getFirst();
        _setValue(spain, "Lisbon");
        _click(form.submit);
        assertThat(form.fields).hasSize(1);
        assertThat(everythingOnThePage())
                .contains("Correct answer: Madrid")
                .contains("Lisbon is in Portugal.")
                .doesNotContain("Paris")
                .doesNotContain("Ottawa")
                .doesNotContain("Rome is the capital of Italy.");
    }
}
