package io.lyceum.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import io.lyceum.KaribuTest;
import io.lyceum.Publications;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.CourseSummary;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.QuizModules;
import io.lyceum.identity.Role;
import io.lyceum.learning.CsvImports;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.learning.LearnerRow;
import io.lyceum.learning.LearnersCsv;
import io.lyceum.learning.LearningProgress;
import io.lyceum.learning.QuizTaking;
import io.lyceum.quiz.QuizReview;
import io.lyceum.quiz.QuizSettings;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student finds a course, enrolls, completes its text modules and sees the completion. */
class StudentFlowTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    QuizModules quizzes;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    QuizTaking quizTaking;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        first = courses.addModule(
                course, ModuleForm.text("Why Kotlin", "Because.").withPublished(true));
        second = courses.addModule(
                course, ModuleForm.text("Null safety", "`?.` and `!!`").withPublished(true));
        hidden = courses.addModule(course, ModuleForm.text("Secret draft", "not yet"));
        courses.publish(course);
        openOn(org);
        signIn("learner@example.com");
    }

    @Test
    void a_student_enrolls_completes_every_module_and_sees_the_completion() {
        navigate("learn/catalog");
        assertThat(_get(CatalogView.class).cards.getElement().getTextRecursively())
                .contains("Kotlin for Java developers")
                .contains("Ada Admin · 2 modules · 1 h 30 min");

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
        var again = progress.complete(course, second);
        assertThat(again.progress()).isEqualByComparingTo("100");

        Publications.awaitCompleted(jdbc, org);
        navigate("learn");
        var home = _get(MyLearningView.class);
        assertThat(home.completed.getElement().getTextRecursively())
                .contains("Kotlin for Java developers")
                .contains("Download certificate");
        // Nothing left to continue: the completed course is not offered as the one to pick up.
        assertThat(home.resume.getChildren()).isEmpty();
    }

    /** The texts of the notifications open on the page. */
    private static List<String> openNotifications() {
        return NotificationsKt.getNotifications().stream()
                .filter(Notification::isOpened)
                .map(notification -> notification.getElement().getProperty("text", ""))
                .toList();
    }

    @Test
    void a_notification_stays_with_the_module_that_raised_it() {
        enrollments.enrollSelf(course);
        navigate("learn/courses/" + course + "/play/" + first);
        var player = _get(PlayerView.class);
        _click(player.markDone);
        assertThat(openNotifications()).containsExactly("Module completed");

        // The next module is the same view with other parameters: the notice about the first goes.
        _click(player.next);
        player = _get(PlayerView.class);
        assertThat(player.current().id()).isEqualTo(second);
        assertThat(openNotifications()).isEmpty();

        _click(player.markDone);
        assertThat(openNotifications()).containsExactly("Module completed");
        navigate("learn");
        assertThat(openNotifications()).isEmpty();
    }

    @Test
    void counts_read_in_the_singular_for_one() {
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long single = courses.create(new CourseForm("Git in one lesson", "", null, null));
        courses.addModule(single, ModuleForm.text("Commit", "Often.").withPublished(true));
        courses.publish(single);
        long quiz = courses.addModule(course, ModuleForm.quiz("Check"));
        quizzes.importGift(quiz, "Two plus two? {#4}\n");
        courses.setModulePublished(quiz, true);
        signIn("learner@example.com");
        enrollments.enrollSelf(course);

        navigate("learn/catalog");
        assertThat(_get(CatalogView.class).cards.getElement().getTextRecursively())
                .contains("Ada Admin · 1 module")
                .doesNotContain("1 modules");
        navigate("learn/courses/" + course + "/play/" + quiz);
        assertThat(_get(QuizForm.class).fields.getFirst().getElement().getProperty("label"))
                .isEqualTo("1. Two plus two? (1 point)");
        assertThat(CsvImportPanel.state(
                        UI.getCurrent(),
                        new CsvImports.Summary(
                                1,
                                "one.csv",
                                CsvImports.Status.RUNNING,
                                1,
                                0,
                                Map.of(),
                                null,
                                null,
                                Instant.EPOCH,
                                null)))
                .isEqualTo("Running: 0 of about 1 row");
    }

    @Test
    void a_video_whose_player_cannot_load_gives_way_to_a_message_and_a_link_to_watch_it_elsewhere() {
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long video = courses.addModule(
                course,
                ModuleForm.video("Keynote", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", 3)
                        .withPublished(true));
        signIn("learner@example.com");
        enrollments.enrollSelf(course);
        navigate("learn/courses/" + course + "/play/" + video);
        var player = _get(PlayerView.class);
        var frame = _get(player.content, Div.class, spec -> spec.withClasses("video-frame"));
        assertThat(frame.isVisible()).isTrue();

        // A late report from another module's player changes nothing here.
        player.videoUnavailable(video + 1000);
        assertThat(frame.isVisible()).isTrue();
        // What video-watch.js reports when the player does not load (offline, blocked, removed).
        player.videoUnavailable(video);

        assertThat(frame.isVisible()).isFalse();
        var fallback = _get(player.content, Div.class, spec -> spec.withClasses("video-fallback"));
        assertThat(fallback.isVisible()).isTrue();
        assertThat(fallback.getElement().getTextRecursively()).contains("This video cannot be played here");
        var link = _get(fallback, Anchor.class);
        assertThat(link.getText()).isEqualTo("Open the video on YouTube");
        assertThat(link.getHref()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(link.getTarget()).contains("_blank");
        assertThat(player.watchingNote.getText()).contains("Watching it elsewhere is not counted here");
    }

    @Test
    void a_video_completes_only_when_nine_tenths_were_actually_played() {
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long video = courses.addModule(
                course,
                ModuleForm.video("Demo", "https://cdn.example.com/demo.mp4", 2).withPublished(true));
        signIn("learner@example.com");
        enrollments.enrollSelf(course);
        navigate("learn/courses/" + course + "/play/" + video);
        var player = _get(PlayerView.class);
        assertThat(player.current().id()).isEqualTo(video);

        // Skipped to the end: the browser's played ranges cover only what was watched.
        player.watched(video, 12, 120);
        player.watched(video, 100, 120);
        assertThat(progress.completedModules(course)).doesNotContain(video);
        // A late report from another module's player counts for nothing here.
        player.watched(video + 1000, 120, 120);
        assertThat(progress.completedModules(course)).doesNotContain(video);
        player.watched(video, 109, 120);
        assertThat(progress.completedModules(course)).contains(video);
        assertThat(player.progressText.getText()).isEqualTo("33.33 % complete");
    }

    @Test
    void a_quiz_is_passed_at_its_score_and_a_failed_quiz_without_attempts_left_is_final() {
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long quiz = courses.addModule(course, ModuleForm.quiz("Check"));
        quizzes.importGift(quiz, "Is Kotlin null-safe? {T}\n\nCapital of France? {=Paris ~Rome}\n");
        var module = courses.module(quiz);
        quizzes.save(
                quiz,
                module.version(),
                module.form().withPublished(true),
                new QuizSettings(100, 2, false, QuizReview.DEFAULT));
        signIn("learner@example.com");
        enrollments.enrollSelf(course);

        var first = quizTaking.submitQuiz(course, quiz, Map.of(0, List.of("True"), 1, List.of("Rome")));
        assertThat(first.score()).isEqualByComparingTo("50");
        assertThat(first.passed()).isFalse();
        assertThat(first.attemptsLeft()).isEqualTo(1);
        navigate("learn/courses/" + course + "/play/" + quiz);
        var form = _get(QuizForm.class);
        _click(form.submit);
        assertThat(form.result.getText())
                .contains("Score: 0 %")
                .contains("Best: 50 %")
                .contains("Attempts left: 0");
        assertThat(form.submit.isEnabled()).isFalse();
        assertThatThrownBy(() -> quizTaking.submitQuiz(course, quiz, Map.of(0, List.of("True"), 1, List.of("Paris"))))
                .hasMessage("No attempts left for this quiz.");
        assertThat(progress.completedModules(course)).doesNotContain(quiz);
        assertThat(quizTaking.quiz(course, quiz))
                .extracting(q -> q.options())
                .containsExactly(List.of("True", "False"), List.of("Paris", "Rome"));
    }

    @Test
    void passing_a_quiz_completes_its_module() {
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long quiz = courses.addModule(course, ModuleForm.quiz("Check"));
        quizzes.importGift(quiz, "Two plus two? {#4}\n");
        courses.setModulePublished(quiz, true);
        signIn("learner@example.com");
        enrollments.enrollSelf(course);
        var result = quizTaking.submitQuiz(course, quiz, Map.of(0, List.of("4")));
        assertThat(result.passed()).isTrue();
        assertThat(progress.completedModules(course)).contains(quiz);
    }

    @Test
    void instructors_see_learners_with_progress_and_export_them_as_safe_csv() throws Exception {
        organizations.addUser(org, "tricky@example.com", "study-hard-77", Role.STUDENT);
        enrollments.enrollSelf(course);
        progress.complete(course, first);
        signIn("tricky@example.com");
        enrollments.enrollSelf(course);

        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("teach/courses/" + course + "/learners");
        var view = _get(LearnersView.class);
        var rows = GridKt._fetch(view.grid, 0, 10);
        assertThat(rows)
                .extracting(row -> row.email())
                .containsExactlyInAnyOrder("learner@example.com", "tricky@example.com");
        assertThat(rows)
                .filteredOn(row -> row.email().equals("learner@example.com"))
                .first()
                .satisfies(row -> assertThat(row.progress()).isEqualByComparingTo("50"));

        var out = new ByteArrayOutputStream();
        LearnersCsv.write(
                List.of(new LearnerRow(
                        1,
                        "=HYPERLINK(\"x\")",
                        "a@example.com",
                        "@cohort",
                        EnrollmentStatus.ACTIVE,
                        BigDecimal.TEN,
                        Instant.EPOCH,
                        null,
                        Map.of())),
                List.of(),
                ZoneOffset.UTC,
                out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("'=HYPERLINK", "'@cohort")
                .startsWith("\uFEFFName,Email,Cohort,Status");

        // A student of the course is not its instructor: the learners page does not exist for them.
        signIn("learner@example.com");
        navigate("teach/courses/" + course + "/learners");
        assertThat(currentView()).isNotEqualTo(LearnersView.class);
    }

    @Test
    void the_player_resumes_where_the_student_left_off() {
        enrollments.enrollSelf(course);
        progress.complete(course, second);
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

    @Test
    void a_course_closed_to_self_enrollment_asks_students_to_turn_to_its_instructors() {
        signIn(TestOrganizations.ADMIN_EMAIL);
        var details = courses.details(course);
        courses.update(course, details.version(), details.form().withSelfEnrollment(false));
        long learner = signIn("learner@example.com").id();

        navigate("learn/courses/" + course);
        var page = _get(CoursePageView.class);
        assertThat(page.enroll.isVisible()).isFalse();
        assertThat(page.closed.isVisible()).isTrue();
        assertThat(page.closed.getText())
                .isEqualTo("Students are enrolled in this course by its instructors: ask them to enroll you.");
        assertThatThrownBy(() -> enrollments.enrollSelf(course)).hasMessage(EnrollmentService.SELF_ENROLLMENT_CLOSED);
        assertThat(enrollments.mine(course)).isEmpty();

        // Enrolled by the course's staff, the student continues as usual.
        signIn(TestOrganizations.ADMIN_EMAIL);
        enrollments.enroll(learner, course);
        signIn("learner@example.com");
        navigate("learn/courses/" + course);
        page = _get(CoursePageView.class);
        assertThat(page.enroll.isVisible()).isTrue();
        assertThat(page.enroll.getText()).isEqualTo("Start the course");
        assertThat(page.closed.isVisible()).isFalse();
        assertThat(enrollments.enrollSelf(course).status()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void the_course_list_counts_enrolled_learners_but_not_withdrawn_ones() {
        enrollments.enrollSelf(course);
        organizations.addUser(org, "second@example.com", "study-more-42", Role.STUDENT);
        signIn("second@example.com");
        enrollments.enrollSelf(course);
        enrollments.withdraw(course);

        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("teach/courses");
        @SuppressWarnings("unchecked")
        Grid<CourseSummary> list = _get(Grid.class);
        assertThat(GridKt._fetch(list, 0, 10))
                .singleElement()
                .satisfies(row -> assertThat(row.enrolled()).isEqualTo(1));
    }
}
