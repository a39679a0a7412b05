package io.lyceum.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import io.lyceum.KaribuTest;
import io.lyceum.course.CourseService;
import io.lyceum.course.CourseSummary;
import io.lyceum.identity.Role;
import io.lyceum.quiz.GiftProblem;
import io.lyceum.quiz.QuizSettings;
import io.lyceum.tenancy.Tenant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The course-authoring pages for an instructor whose UI speaks German. */
class CourseAuthoringGermanTest extends KaribuTest {

    @Autowired
    CourseService courses;

    Tenant org;

    @BeforeEach
    void germanInstructorSignedIn() {
        org = organizations.create("kursbau");
        organizations.addUser(org, "lehrer@example.com", "chalk-board-77", Role.INSTRUCTOR);
        openOn(org);
        signIn("lehrer@example.com");
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private static boolean notified(String text) {
        return NotificationsKt.getNotifications().stream()
                .anyMatch(n -> n.getElement().getProperty("text", "").contains(text));
    }

    @Test
    void the_courses_list_the_builder_and_the_quiz_editor_speak_german() {
        navigate("teach/courses");
        var list = _get(CoursesView.class);
        assertThat(list.getPageTitle()).isEqualTo("Kurse");
        assertThat(list.create.getText()).isEqualTo("Neuer Kurs");
        assertThat(list.grid.getColumnByKey("updatedAt").getHeaderText()).isEqualTo("Geändert");

        _click(list.create);
        var dialog = _get(CourseDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neuer Kurs");
        assertThat(dialog.save.getText()).isEqualTo("Kurs anlegen");
        _click(dialog.save);
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Geben Sie einen Titel ein");
        _setValue(dialog.title, "Brandschutz");
        _click(dialog.save);

        var builder = _get(CourseBuilderView.class);
        assertThat(builder.getPageTitle()).isEqualTo("Brandschutz · Kurseditor");
        assertThat(builder.status.getText()).isEqualTo("Entwurf");
        assertThat(builder.publish.getText()).isEqualTo("Veröffentlichen");
        // The accessible name starts with the button's visible word.
        assertThat(builder.addSection.getText()).isEqualTo("Abschnitt");
        assertThat(builder.addSection.getAriaLabel()).hasValue("Abschnitt: Abschnittsüberschrift hinzufügen");
        _click(builder.publish);
        assertThat(notified("Veröffentlichen Sie mindestens ein Modul, bevor Sie den Kurs veröffentlichen."))
                .isTrue();

        _click(builder.addQuiz);
        var quiz = builder.editor();
        assertThat(quiz).isNotNull();
        assertThat(quiz.getElement().getTextRecursively()).contains("Quizmodul");
        assertThat(quiz.quiz).isNotNull();
        var report = quiz.quiz.importText(
                "Eins? {=a ~b}\n\nZwei? {=c ~d}\n\nDrei? {=e ~f}\n\nKaputt {~a ~b}\n\nDoppelt {=x ~x}\n");
        assertThat(report.problems())
                .extracting(GiftProblem::message)
                .containsExactly(
                        "Zeile 7: Die Auswahlfrage hat keine richtige Antwort (=)",
                        "Zeile 9: Zwei Antworten haben denselben Text: x");
        var shown = QuizEditor.showReport(report).getElement().getTextRecursively();
        assertThat(shown).contains("3 Fragen importiert.").contains("2 Fragen konnten nicht importiert werden:");
        assertThat(quiz.quiz.questions.getColumns().getFirst().getHeaderText()).isEqualTo("Typ");
        assertThat(GridKt._getFormattedRow(quiz.quiz.questions, 0)).contains("Einfachauswahl", "Eins?");

        _setValue(quiz.title, "Abschlusstest");
        _setValue(quiz.quiz.attempts, 2);
        _setValue(quiz.published, true);
        _click(quiz.save);
        assertThat(notified("Modul gespeichert")).isTrue();
        _click(builder.publish);
        assertThat(notified("Kurs veröffentlicht")).isTrue();
        assertThat(builder.publish.getText()).isEqualTo("Veröffentlichung aufheben");

        _click(builder.preview);
        var preview = _get(CoursePreviewView.class);
        assertThat(preview.getPageTitle()).isEqualTo("Vorschau für Lernende");
        assertThat(preview.getElement().getTextRecursively())
                .contains("Vorschau: So sehen Lernende den Kurs.")
                .contains("Zurück zum Kurseditor");
        assertThat(preview.course().modules().getFirst().html())
                .isEqualTo("<p>3 Fragen · bestanden ab " + QuizSettings.DEFAULT_PASSING_SCORE + " % · 2 Versuche</p>");

        navigate("teach/courses");
        list = _get(CoursesView.class);
        CourseSummary summary = GridKt._get(list.grid, 0);
        // A badge coloured by what the status means: published is live.
        assertThat(GridKt._getFormatted(list.grid, 0, "status"))
                .contains("text='Veröffentlicht'")
                .contains("badge success");
        // The date in German style, in the organization's time zone: "01.12.2026, 16:45".
        assertThat(GridKt._getFormatted(list.grid, 0, "updatedAt"))
                .matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}")
                .isEqualTo(DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm")
                        .withZone(org.timeZone())
                        .format(summary.updatedAt()));
    }
}
