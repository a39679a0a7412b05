package io.lyceum.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.QuizModules;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.QuizTaking;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Essay answers in the grading view: the overview lists the quiz with an answer waiting; marking it
 * updates the attempt's score, which the gradebook cell's history records as an answer review.
 */
class AnswerMarkingTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    QuizModules quizModules;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    QuizTaking quizTaking;

    @Autowired
    JdbcTemplate jdbc;

    Tenant org;
    long course;
    long quiz;

    @BeforeEach
    void anEssayWaiting() {
        org = organizations.create("markview");
        organizations.addUser(org, "teacher@example.com", "mark-them-fairly-9", Role.INSTRUCTOR);
        organizations.addUser(org, "ann@example.com", "mark-them-fairly-9", Role.STUDENT);
        var teacher = organizations.principal(org, "teacher@example.com");
        var ann = organizations.principal(org, "ann@example.com");
        TenantContext.runAs(org, () -> {
            TestOrganizations.signIn(teacher);
            course = courses.create(new CourseForm("Astronomy", "", null, null));
            quiz = courses.addModule(course, ModuleForm.quiz("Moon quiz"));
            quizModules.importGift(quiz, "Closest star? {=The Sun ~Sirius}\n");
            quizModules.createQuestion(quiz, QuestionSpec.essay(null, "Describe the phases of the Moon.", 3));
            var module = courses.module(quiz);
            courses.updateModule(quiz, module.version(), module.form().withPublished(true));
            courses.publish(course);
            TestOrganizations.signIn(ann);
            enrollments.enrollSelf(course);
            quizTaking.submitQuiz(
                    course, quiz, Map.of(0, List.of("The Sun"), 1, List.of("New, waxing, full, waning.")));
        });
        openOn(org);
        signIn("teacher@example.com");
    }

    @Test
    void an_essay_is_marked_in_the_grading_view_and_the_score_change_is_in_the_grade_history() {
        navigate("teach/courses/" + course + "/grading");
        var overview = _get(GradingView.class);
        assertThat(GridKt._getFormattedRow(overview.quizzesToMark, 0))
                .containsExactly("RouterLink[text='Moon quiz']", "1");

        navigate("teach/courses/" + course + "/grading/" + quiz);
        var view = _get(GradingView.class);
        assertThat(view.answerMarking).isNotNull();
        var card = view.answerMarking.cards.getFirst();
        assertThat(card.state.getText()).isEqualTo("Waiting");
        _setValue(card.points, new BigDecimal("2"));
        _setValue(card.feedback, "Name the gibbous phases too.");
        card.save.click();
        assertThat(card.state.getText()).isEqualTo("Marked 2 of 3");

        // 1 of 1 for the choice, 2 of 3 for the essay: 75 %, from the 25 % it had while waiting.
        String schema = org.schema();
        assertThat(jdbc.queryForObject(
                        "select score from " + schema + ".quiz_attempt where module_id = ?", BigDecimal.class, quiz))
                .isEqualByComparingTo("75");
        assertThat(jdbc.queryForObject(
                        "select source || ' ' || old_value || ' → ' || new_value from " + schema
                                + ".grade_change where module_id = ?",
                        String.class,
                        quiz))
                .isEqualTo("ANSWER_REVIEW 25.00 → 75.00");
    }
}
