package io.lyceum.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import io.lyceum.KaribuTest;
import io.lyceum.Publications;
import io.lyceum.TestOrganizations;
import io.lyceum.base.i18n.Moments;
import io.lyceum.certificate.CertificateDesign;
import io.lyceum.certificate.CertificateService;
import io.lyceum.certificate.CertificateStatus;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What learners and admins see of certificates: My learning, My certificates, the admin list and design. */
class CertificateViewsTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    CertificateService certificates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserService people;

    Tenant org;
    long course;

    @BeforeEach
    void aCompletedCourse() {
        org = organizations.create("certui");
        TenantContext.set(org);
        people.create(new NewUser("juergen@example.com", "Jürgen Groß", "calm-lake-2026", Set.of(Role.STUDENT)));
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Fire safety", "", null, null).withCertificate(null, 12));
        long module =
                courses.addModule(course, ModuleForm.text("Exits", "Know them.").withPublished(true));
        courses.publish(course);
        TestOrganizations.signIn(organizations.principal(org, "juergen@example.com"));
        enrollments.enrollSelf(course);
        progress.complete(course, module);
        Publications.awaitCompleted(jdbc, org);
        openOn(org);
    }

    @Test
    void the_learner_downloads_the_certificate_from_my_learning_and_my_certificates() {
        signIn("juergen@example.com");
        var issued = certificates.mine().getFirst();

        navigate("learn");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download certificate")))
                .singleElement()
                .satisfies(link -> assertThat(link.getHref()).isEqualTo(issued.pdfPath()));

        navigate("learn/certificates");
        var view = _get(MyCertificatesView.class);
        assertThat(view.cards.getElement().getTextRecursively())
                .contains("Fire safety", issued.number(), "Valid", "valid until");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download PDF")).getHref())
                .isEqualTo(issued.pdfPath());
        assertThat(_get(Anchor.class, spec -> spec.withText("Verification page"))
                        .getHref())
                .isEqualTo("/verify/" + issued.verificationCode());
        // Valid for a year: nothing to retake yet.
        assertThat(_find(Button.class, spec -> spec.withText("Retake to recertify")))
                .isEmpty();
    }

    @Test
    void a_certificate_expiring_soon_offers_the_retake_which_starts_the_course_again() {
        signIn("juergen@example.com");
        var issued = certificates.mine().getFirst();
        jdbc.update(
                "update \"" + org.schema() + "\".certificate set expires_on = ? where id = ?",
                LocalDate.now(org.timeZone()).plusDays(5),
                issued.id());

        navigate("learn/certificates");
        _click(_get(Button.class, spec -> spec.withText("Retake to recertify")));
        var dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Retake Fire safety?");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(currentView().getSimpleName()).isEqualTo("PlayerView");
        assertThat(enrollments.mine(course).orElseThrow().progress()).isEqualByComparingTo("0");
        // The old certificate stays in the learner's history.
        assertThat(certificates.mine())
                .singleElement()
                .satisfies(old -> assertThat(old.id()).isEqualTo(issued.id()));
    }

    @Test
    void admins_list_filter_and_revoke_certificates_with_a_reason() {
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/certificates");
        var view = _get(CertificatesView.class);
        var rows = GridKt._fetch(view.grid, 0, 10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.holderName()).isEqualTo("Jürgen Groß");
            assertThat(row.courseTitle()).isEqualTo("Fire safety");
        });
        _setValue(view.from, LocalDate.now(org.timeZone()).plusDays(1));
        assertThat(GridKt._fetch(view.grid, 0, 10)).isEmpty();
        _setValue(view.from, null);
        _setValue(
                view.course,
                view.course.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(GridKt._fetch(view.grid, 0, 10)).hasSize(1);

        view.askRevoke(rows.getFirst());
        var dialog = _get(ConfirmDialog.class);
        _setValue(_get(dialog, TextArea.class), "Completed by someone else");
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(GridKt._fetch(view.grid, 0, 10))
                .singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(CertificateStatus.REVOKED));
    }

    @Test
    void admins_choose_design_and_wording_refused_values_are_marked_and_the_preview_uses_them() throws Exception {
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/certificates/design");
        var view = _get(CertificateDesignView.class);
        _setValue(view.title, " ");
        _click(view.save);
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Enter the certificate's title");

        _setValue(view.title, "Certificate of Achievement");
        _setValue(view.colour, "red");
        _click(view.save);
        assertThat(view.colour.isInvalid()).isTrue();
        assertThat(view.colour.getErrorMessage()).isEqualTo("Enter the colour as #rrggbb, e.g. #1f5fa8");
        assertThat(certificates.template().wording().title()).isEqualTo("Certificate of Completion");

        _setValue(view.colour, "#0b6e4f");
        _setValue(view.design, CertificateDesign.MODERN);
        _click(view.save);
        var saved = certificates.template();
        assertThat(saved.design()).isEqualTo(CertificateDesign.MODERN);
        assertThat(saved.wording().title()).isEqualTo("Certificate of Achievement");
        assertThat(saved.primaryColor()).isEqualTo("#0b6e4f");

        try (var pdf = Loader.loadPDF(certificates.preview(view.form()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Certificate of Achievement", org.name());
        }
    }

    @Test
    void in_german_the_learners_and_the_admins_pages_speak_german_with_german_dates_and_plurals() {
        signIn("juergen@example.com");
        UI.getCurrent().setLocale(Locale.GERMAN);
        var issued = certificates.mine().getFirst();
        var german = new Moments(Locale.GERMAN, org.timeZone());

        navigate("learn/certificates");
        var mine = _get(MyCertificatesView.class);
        assertThat(mine.getPageTitle()).isEqualTo("Meine Zertifikate");
        assertThat(mine.cards.getElement().getTextRecursively())
                .contains(
                        "Nr. " + issued.number(),
                        "Gültig",
                        "Abgeschlossen am " + german.longDate(issued.completedOn()),
                        "gültig bis " + german.longDate(issued.expiresOn()))
                .matches(".*\\d{1,2}\\. [A-Z][a-zä]+ \\d{4}.*");
        assertThat(_get(Anchor.class, spec -> spec.withText("PDF herunterladen"))
                        .getHref())
                .isEqualTo(issued.pdfPath());
        assertThat(_get(Anchor.class, spec -> spec.withText("Prüfseite")).getHref())
                .isEqualTo("/verify/" + issued.verificationCode());

        signIn(TestOrganizations.ADMIN_EMAIL);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("admin/certificates");
        var all = _get(CertificatesView.class);
        assertThat(all.expiring.getLabel()).isEqualTo("Laufen in 30 Tagen ab");
        assertThat(all.grid.getColumns())
                .extracting(column -> column.getHeaderText())
                .contains("Nummer", "Inhaber/in", "Kurs", "Abgeschlossen", "Läuft ab");
        assertThat(GridKt._getFormattedRow(all.grid, 0))
                .contains(german.date(issued.completedOn()))
                .anySatisfy(cell -> assertThat(cell).matches("\\d{2}\\.\\d{2}\\.\\d{4}"));
        all.confirmReissue(GridKt._get(all.grid, 0));
        var reissue = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(reissue)).isEqualTo("Zertifikat " + issued.number() + " neu ausstellen?");
    }

    @Test
    void on_the_free_plan_my_certificates_is_not_available() {
        openOn(organizations.create("certfreeui", "FREE"));
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("learn/certificates");
        assertThat(currentView().getSimpleName()).isEqualTo("PluginUnavailableView");
    }
}
