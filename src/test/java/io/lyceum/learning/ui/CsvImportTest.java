package io.lyceum.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.IdentityEvents;
import io.lyceum.identity.InvitationCreated;
import io.lyceum.identity.UserService;
import io.lyceum.learning.BulkEnrollmentReport;
import io.lyceum.learning.CsvImports;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A CSV import runs on the server whatever happens to the page that started it: the tab closed
 * half-way, the import still ends, and its report (and new invitation links) can be had later.
 */
class CsvImportTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    CsvImports csvImports;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    UserService users;

    Tenant org;
    long course;

    @BeforeEach
    void course() {
        org = organizations.create("imports");
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        course = courses.create(new CourseForm("Onboarding", "", null, null));
        courses.addModule(course, ModuleForm.text("Welcome", "Hello").withPublished(true));
        courses.publish(course);
    }

    private static byte[] students(int count) {
        var csv = new StringBuilder("email,first_name,last_name\n");
        for (int i = 0; i < count; i++) {
            csv.append("new")
                    .append(i)
                    .append("@example.com,New,Student")
                    .append(i)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private CsvImports.Summary awaitEnd(long importId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            var run = csvImports.find(course, importId).orElseThrow();
            if (run.status() != CsvImports.Status.RUNNING) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not end in 90 s");
    }

    @Test
    void an_import_whose_tab_is_closed_half_way_finishes_and_keeps_its_report() throws Exception {
        navigate("teach/courses/" + course + "/learners");
        var view = _get(LearnersView.class);
        long id = csvImports.start(course, "intake.csv", students(40));
        view.csvImport.follow(id);
        assertThat(csvImports.find(course, id).orElseThrow().status()).isEqualTo(CsvImports.Status.RUNNING);

        // The tab closes while the rows are being applied.
        MockVaadin.tearDown();
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));

        var run = awaitEnd(id);
        assertThat(run.status()).isEqualTo(CsvImports.Status.FINISHED);
        assertThat(run.doneRows()).isEqualTo(40);
        assertThat(run.count(BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED)).isEqualTo(40);
        assertThat(enrollments.count(course)).isEqualTo(40);
        assertThat(csvImports.rows(course, id)).hasSize(40).first().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.email()).isEqualTo("new0@example.com");
            assertThat(row.invitationToken()).as("tokens are never stored").isNull();
        });
        // The links of the first run are gone with the tab: new ones are made, once per member.
        List<CsvImports.InvitationLink> links;
        try (var mail = IdentityEvents.record(context)) {
            links = csvImports.invitationLinks(course, id);
            // Handing links over mails nobody again (a second download would mail all 40 again).
            assertThat(mail.of(org, InvitationCreated.class)).isEmpty();
        }
        assertThat(links).hasSize(40);
        users.acceptInvitation(links.getFirst().token(), "first-day-2026");
        assertThat(csvImports.invitationLinks(course, id))
                .as("a member who set a password gets no new link")
                .hasSize(39);
    }

    @Test
    void the_page_shows_the_report_when_the_import_ends_and_lists_it_afterwards() throws Exception {
        navigate("teach/courses/" + course + "/learners");
        var view = _get(LearnersView.class);
        long id;
        try (var mail = IdentityEvents.record(context)) {
            id = csvImports.start(course, "two.csv", students(2));
            view.csvImport.follow(id);
            awaitEnd(id);
            // Each new student's invitation was queued for the mail in the row's transaction.
            assertThat(mail.of(org, InvitationCreated.class))
                    .extracting(InvitationCreated::email)
                    .containsExactlyInAnyOrder("new0@example.com", "new1@example.com");
            assertThat(mail.of(org, InvitationCreated.class))
                    .allSatisfy(invitation -> assertThat(invitation.link())
                            .startsWith("http://" + org.slug() + ".lyceum.localhost:8080/invite/"));
        }
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        var report = _get(Dialog.class);
        assertThat(report.getHeaderTitle()).isEqualTo("Import finished");
        assertThat(report.getElement().getTextRecursively())
                .contains("2 created and enrolled, 0 enrolled, 0 already enrolled, 0 refused.")
                .contains("The 2 new students got an invitation by email.");
        assertThat(GridKt._getFormattedRow(_get(report, Grid.class), 0))
                .contains("created and enrolled; invitation sent by email");
        assertThat(view.csvImport.progress.isVisible()).isFalse();

        navigate("teach/courses/" + course + "/learners");
        var reopened = _get(LearnersView.class);
        assertThat(GridKt._fetch(reopened.csvImport.imports, 0, 10))
                .singleElement()
                .satisfies(
                        run -> assertThat(CsvImportPanel.state(reopened, run)).startsWith("2 created and enrolled"));
    }

    @Test
    void in_german_the_learners_page_and_its_imports_are_german() throws Exception {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("teach/courses/" + course + "/learners");
        var view = _get(LearnersView.class);
        assertThat(view.getPageTitle()).isEqualTo("Lernende");
        assertThat(view.getElement().getTextRecursively()).contains("Lernende in Onboarding");
        assertThat(view.enroll.getText()).isEqualTo("Einschreiben");
        assertThat(view.grid.getColumns())
                .extracting(column -> column.getHeaderText())
                .contains("Lernende", "Fortschritt", "Letzte Aktivität");
        var running = new CsvImports.Summary(
                1, "eins.csv", CsvImports.Status.RUNNING, 1, 0, Map.of(), null, null, Instant.EPOCH, null);
        assertThat(CsvImportPanel.state(view, running)).isEqualTo("Läuft: 0 von etwa 1 Zeile");

        long id = csvImports.start(course, "zwei.csv", students(2));
        view.csvImport.follow(id);
        awaitEnd(id);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        var report = _get(Dialog.class);
        assertThat(report.getHeaderTitle()).isEqualTo("Import abgeschlossen");
        assertThat(report.getElement().getTextRecursively())
                .contains("2 angelegt und eingeschrieben, 0 eingeschrieben, 0 bereits eingeschrieben, 0 abgelehnt.")
                .contains("Die 2 neuen Lernenden haben eine Einladung per E-Mail erhalten.");
        assertThat(GridKt._getFormattedRow(_get(report, Grid.class), 0))
                .contains("angelegt und eingeschrieben; Einladung per E-Mail gesendet");
        assertThat(_find(Anchor.class, spec -> spec.withText("Bericht herunterladen (CSV)")))
                .hasSize(1);
        // The import's start, in German: day.month.year.
        assertThat(GridKt._getFormattedRow(view.csvImport.imports, 0).getFirst())
                .matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");
    }

    @Test
    void rows_refused_in_the_background_are_reported_in_the_language_of_whoever_started_the_import()
            throws InterruptedException {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("teach/courses/" + course + "/learners");
        long id = csvImports.start(
                course,
                "falsch.csv",
                "email,first_name,last_name\nnot-an-address,Kim,Fehler\n".getBytes(StandardCharsets.UTF_8));
        awaitEnd(id);
        // Stored by a worker thread with no screen: the language came with the work.
        assertThat(csvImports.rows(course, id))
                .extracting(BulkEnrollmentReport.Row::message)
                .containsExactly("ungültige E-Mail-Adresse in Zeile 2");
    }

    @Test
    void another_course_or_organization_does_not_see_the_import() throws Exception {
        long id = csvImports.start(course, "one.csv", students(1));
        awaitEnd(id);
        long other = courses.create(new CourseForm("Other", "", null, null));
        assertThat(csvImports.find(other, id)).isEmpty();
        assertThat(csvImports.rows(other, id)).isEmpty();

        Tenant globex = organizations.create("imports");
        TenantContext.set(globex);
        TestOrganizations.signIn(organizations.principal(globex, TestOrganizations.ADMIN_EMAIL));
        long globexCourse = courses.create(new CourseForm("Globex", "", null, null));
        assertThat(csvImports.find(globexCourse, id)).isEmpty();
        assertThat(csvImports.ofCourse(globexCourse, Pageable.ofSize(10))).isEmpty();
    }
}
