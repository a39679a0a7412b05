package io.lyceum.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.lyceum.LyceumIntegrationTest;
import io.lyceum.Publications;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.base.i18n.Moments;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.files.FileStore;
import io.lyceum.identity.LanguagePreference;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.learning.CourseCompleted;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completion → exactly one certificate (event delivered twice, concurrent deliveries, a missed
 * event caught by the sweep), its PDF as the learner and verifiers see it, who may download it,
 * revocation, expiry, recertification, and two organizations that never see each other's.
 */
@LyceumIntegrationTest
class CertificateIssueTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateIssuer issuer;

    @Autowired
    IncompleteEventPublications redelivery;

    @Autowired
    UserService users;

    @Autowired
    LanguagePreference languages;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FileStore files;

    @LocalServerPort
    int port;

    Tenant org;
    LyceumUser admin;
    LyceumUser student;
    long course;
    long module;

    @BeforeEach
    void completableCourse() {
        org = organizations.create("cert");
        TenantContext.set(org);
        users.create(new NewUser("zoe@example.com", "Zoë Łukasiewicz", "quiet-river-2026", Set.of(Role.STUDENT)));
        admin = organizations.principal(org, TestOrganizations.ADMIN_EMAIL);
        student = organizations.principal(org, "zoe@example.com");
        TestOrganizations.signIn(admin);
        course = courses.create(
                new CourseForm("Datenschutz für Anfänger", "", null, null).withCertificate(new BigDecimal("12.5"), 12));
        module = courses.addModule(
                course, ModuleForm.text("Only module", "read me").withPublished(true));
        courses.publish(course);
        TestOrganizations.signIn(student);
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    /** A date as certificates and the verification page print it in English. */
    private static String printed(LocalDate day) {
        return new Moments(Locale.ENGLISH, ZoneOffset.UTC).longDate(day);
    }

    private long complete() {
        long enrollment = enrollments.enrollSelf(course).id();
        progress.complete(course, module);
        Publications.awaitCompleted(jdbc, org);
        return enrollment;
    }

    private int count(String table, long enrollment) {
        return jdbc.queryForObject(
                "select count(*) from \"" + org.schema() + "\"." + table + " where enrollment_id = ?",
                Integer.class,
                enrollment);
    }

    @Test
    void completing_issues_exactly_one_certificate_even_when_the_event_arrives_twice() throws Exception {
        long enrollment = complete();
        assertThat(count("certificate", enrollment)).isEqualTo(1);

        // course.completed delivered again (a retry, a second node): still one certificate.
        transaction.executeWithoutResult(status ->
                events.publishEvent(new CourseCompleted(org.slug(), enrollment, student.id(), course, Instant.now())));
        Publications.awaitCompleted(jdbc, org);
        assertThat(count("certificate", enrollment)).isEqualTo(1);

        // Eight deliveries at the very same moment: one certificate stands.
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    return TenantContext.callAs(org, () -> {
                        try {
                            return issuer.issueFor(enrollment);
                        } catch (DataIntegrityViolationException raced) {
                            return Optional.empty();
                        }
                    });
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(count("certificate", enrollment)).isEqualTo(1);
        assertThat(certificates.mine()).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(CertificateStatus.VALID);
            assertThat(mine.holderName()).isEqualTo("Zoë Łukasiewicz");
        });
    }

    @Test
    void the_pdf_states_name_course_date_hours_number_and_a_qr_code_of_the_verification_address() throws Exception {
        complete();
        CertificateSummary issued = certificates.mine().getFirst();
        byte[] pdf = certificates.pdf(issued.id()).orElseThrow().data();
        LocalDate today = LocalDate.now(org.timeZone());
        String verifyUrl = "http://lyceum.localhost:8080/verify/" + issued.verificationCode();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Zoë Łukasiewicz",
                            "Datenschutz für Anfänger",
                            printed(today),
                            "12.5 hours",
                            issued.number(),
                            "Valid until " + printed(today.plusMonths(12)),
                            "Ada Admin",
                            org.name());
            // Scanned in grey at print resolution: one full run failed to read the code at 150 dpi in
            // colour (a checksum error), though 120 random addresses read well both ways since.
            var page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            var decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            assertThat(decoded.getText()).isEqualTo(verifyUrl);
        }
        assertThat(issued.number()).matches("CERT[A-Z0-9]*-" + today.getYear() + "-\\d{6}");
        assertThat(issued.verificationCode()).matches("[a-z2-9]{26}");
    }

    @Test
    void a_member_who_chose_german_gets_a_german_certificate_and_verifiers_read_their_own_language()
            throws IOException {
        languages.choose(Locale.GERMAN);
        complete();
        CertificateSummary issued = certificates.mine().getFirst();
        LocalDate today = LocalDate.now(org.timeZone());
        var german = new Moments(Locale.GERMAN, org.timeZone());
        try (var document =
                Loader.loadPDF(certificates.pdf(issued.id()).orElseThrow().data())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Teilnahmezertifikat",
                            "Hiermit wird bestätigt, dass",
                            "Zoë Łukasiewicz",
                            "erfolgreich abgeschlossen hat",
                            german.longDate(today),
                            "12,5 Stunden",
                            "Gültig bis " + german.longDate(today.plusMonths(12)),
                            "Zertifikat Nr. " + issued.number(),
                            "Prüfen unter http://lyceum.localhost:8080/verify/")
                    .doesNotContain("Certificate of Completion", "hours", "Valid until");
        }

        var http = new RawHttp(port);
        String path = "/verify/" + issued.verificationCode();
        assertThat(http.get("lyceum.localhost", path, "", "Accept-Language: de-DE,de;q=0.9,en;q=0.5\r\n")
                        .body())
                .contains("lang=\"de\"", "Gültiges Zertifikat", "Abgeschlossen am", german.longDate(today));
        // An English-speaking verifier reads the same certificate in English.
        assertThat(http.get("lyceum.localhost", path, "", "Accept-Language: en-GB\r\n")
                        .body())
                .contains("lang=\"en\"", "Valid certificate", printed(today));
    }

    @Test
    void only_the_holder_and_the_admins_download_it_and_never_on_another_organizations_host() throws IOException {
        complete();
        CertificateSummary issued = certificates.mine().getFirst();
        String host = org.slug() + ".lyceum.localhost";
        var http = new RawHttp(port);

        var mine = http.get(host, issued.pdfPath(), http.login(host, "zoe@example.com", "quiet-river-2026"));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.header("content-type")).hasValue("application/pdf");
        assertThat(new String(mine.data(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(http.get(
                                host,
                                issued.pdfPath(),
                                http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD))
                        .status())
                .isEqualTo(200);

        // Another student of the same organization: not found.
        organizations.addUser(org, "other@example.com", "quiet-path-2026", Role.STUDENT);
        assertThat(http.get(host, issued.pdfPath(), http.login(host, "other@example.com", "quiet-path-2026"))
                        .status())
                .isEqualTo(404);

        // A student of another organization with the same id and email, on their own host: not found.
        Tenant other = organizations.create("certother");
        TenantContext.runAs(
                other,
                () -> users.create(
                        new NewUser("zoe@example.com", "Zoë Other", "quiet-river-2026", Set.of(Role.STUDENT))));
        String otherHost = other.slug() + ".lyceum.localhost";
        assertThat(http.get(otherHost, issued.pdfPath(), http.login(otherHost, "zoe@example.com", "quiet-river-2026"))
                        .status())
                .isEqualTo(404);
        TestOrganizations.signIn(organizations.principal(other, TestOrganizations.ADMIN_EMAIL));
        assertThat(TenantContext.callAs(other, () -> certificates.search(null, null, null, PageRequest.of(0, 10))))
                .isEmpty();
        // Signed out: to the login page.
        assertThat(http.get(host, issued.pdfPath(), "").status()).isEqualTo(302);
    }

    @Test
    void verification_says_valid_revoked_expired_or_unknown_with_holder_course_org_and_date_only() throws IOException {
        complete();
        CertificateSummary issued = certificates.mine().getFirst();
        var http = new RawHttp(port);
        String base = "lyceum.localhost";

        var valid = http.get(base, "/verify/" + issued.verificationCode(), "");
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.body())
                .contains(
                        "Valid certificate",
                        "Zoë Łukasiewicz",
                        "Datenschutz für Anfänger",
                        org.name(),
                        printed(LocalDate.now(org.timeZone())))
                .doesNotContain(issued.number(), "zoe@example.com");

        // Typed on the organization's host, the address leads to the base domain.
        var moved = http.get(org.slug() + "." + base, "/verify/" + issued.verificationCode(), "");
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("location"))
                .hasValue("http://lyceum.localhost:8080/verify/" + issued.verificationCode());

        TestOrganizations.signIn(admin);
        jdbc.update(
                "update \"" + org.schema() + "\".certificate set expires_on = ? where id = ?",
                LocalDate.now(ZoneOffset.UTC).minusDays(2),
                issued.id());
        assertThat(http.get(base, "/verify/" + issued.verificationCode(), "").body())
                .contains("Expired certificate", "Expired on");

        certificates.revoke(issued.id(), "Issued by mistake");
        var revoked = http.get(base, "/verify/" + issued.verificationCode(), "");
        assertThat(revoked.body())
                .contains("Revoked certificate", "Zoë Łukasiewicz")
                .doesNotContain("by mistake");

        var unknown = http.get(base, "/verify/abcdefghijkmnpqrstuvwxyz23", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Unknown certificate");
        assertThat(http.get(base, "/verify/%3Cscript%3E", "").body())
                .contains("Unknown certificate")
                .doesNotContain("<script>");
    }

    @Test
    void verification_is_rate_limited_per_address() throws IOException {
        var http = new RawHttp(port);
        // Behind the proxy (trusted on loopback) the client's address comes from X-Forwarded-For.
        String client = "X-Forwarded-For: 203.0.113." + (port % 200) + "\r\n";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < VerificationThrottle.MAX_PER_WINDOW + 5; i++) {
            var response = http.get("lyceum.localhost", "/verify/unknowncode" + i, "", client);
            statuses.add(response.status());
            if (response.status() == 429) {
                // When one more check will be allowed: the allowance refills evenly over the minute.
                assertThat(Integer.parseInt(response.header("retry-after").orElseThrow()))
                        .isBetween(1, 60);
                assertThat(response.body()).contains("Too many checks");
            }
        }
        assertThat(statuses.subList(0, VerificationThrottle.MAX_PER_WINDOW)).containsOnly(404);
        assertThat(statuses.subList(VerificationThrottle.MAX_PER_WINDOW, statuses.size()))
                .containsOnly(429);
        // Another address is not affected.
        assertThat(http.get("lyceum.localhost", "/verify/unknowncode", "", "X-Forwarded-For: 198.51.100.9\r\n")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_missed_event_is_redelivered_and_a_second_redelivery_issues_nothing() {
        long enrollment = complete();
        // As if the node had stopped between the completion's commit and the certificate: the
        // certificate is missing and the stored course.completed is incomplete (and old enough).
        jdbc.update("delete from \"" + org.schema() + "\".certificate where enrollment_id = ?", enrollment);
        jdbc.update(
                "update \"" + org.schema() + "\".event_publication set completion_date = null, status = 'PUBLISHED',"
                        + " publication_date = now() - interval '1 hour'"
                        + " where listener_id like '%CertificateDelivery%'");
        assertThat(Publications.incomplete(jdbc, org)).isEqualTo(1);

        TenantContext.clear();
        TenantContext.runAs(org, () -> redelivery.resubmitIncompletePublications(publication -> true));
        TenantContext.set(org);
        Publications.awaitCompleted(jdbc, org);
        assertThat(count("certificate", enrollment)).isEqualTo(1);

        TenantContext.runAs(org, () -> redelivery.resubmitIncompletePublications(publication -> true));
        Publications.awaitCompleted(jdbc, org);
        assertThat(count("certificate", enrollment)).isEqualTo(1);
    }

    @Test
    void an_organization_without_the_certificates_plugin_issues_none() {
        Tenant free = organizations.create("certfree", "FREE");
        TenantContext.set(free);
        TestOrganizations.signIn(organizations.principal(free, TestOrganizations.ADMIN_EMAIL));
        long freeCourse = courses.create(new CourseForm("Free course", "", null, null));
        long freeModule = courses.addModule(freeCourse, ModuleForm.text("M", "").withPublished(true));
        courses.publish(freeCourse);
        long enrollment = enrollments.enrollSelf(freeCourse).id();
        progress.complete(freeCourse, freeModule);
        Publications.awaitCompleted(jdbc, free);
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + free.schema() + "\".certificate" + " where enrollment_id = ?",
                        Integer.class,
                        enrollment))
                .isZero();
    }

    @Test
    void revoking_needs_a_reason_and_reissuing_replaces_the_certificate() {
        complete();
        long first = certificates.mine().getFirst().id();
        TestOrganizations.signIn(admin);
        assertThatThrownBy(() -> certificates.revoke(first, "  ")).hasMessageContaining("Say why");

        CertificateSummary reissued = certificates.reissue(first);
        assertThat(reissued.id()).isNotEqualTo(first);
        assertThat(reissued.reissueOf()).isEqualTo(first);
        assertThat(reissued.status()).isEqualTo(CertificateStatus.VALID);
        var all = certificates.search(null, null, null, PageRequest.of(0, 10));
        assertThat(all)
                .extracting(CertificateSummary::status)
                .containsExactlyInAnyOrder(CertificateStatus.VALID, CertificateStatus.REVOKED);
        assertThat(all)
                .filteredOn(summary -> summary.id() == first)
                .singleElement()
                .satisfies(old -> assertThat(old.revokedReason()).isEqualTo("Reissued as " + reissued.number()));

        // Students cannot revoke.
        TestOrganizations.signIn(student);
        assertThatThrownBy(() -> certificates.revoke(reissued.id(), "mine"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void retaking_an_expiring_course_recertifies_and_keeps_the_old_certificate_in_history() {
        complete();
        long first = certificates.mine().getFirst().id();
        TestOrganizations.signIn(admin);
        assertThat(certificates.expiringSoon(PageRequest.of(0, 10))).isEmpty();
        jdbc.update(
                "update \"" + org.schema() + "\".certificate set expires_on = ? where id = ?",
                LocalDate.now(org.timeZone()).plusDays(10),
                first);
        assertThat(certificates.expiringSoon(PageRequest.of(0, 10)))
                .extracting(CertificateSummary::id)
                .containsExactly(first);

        TestOrganizations.signIn(student);
        var retaken = enrollments.retake(course);
        assertThat(retaken.progress()).isEqualByComparingTo("0");
        assertThat(progress.completedModules(course)).isEmpty();
        progress.complete(course, module);
        Publications.awaitCompleted(jdbc, org);

        assertThat(certificates.mine())
                .hasSize(2)
                .extracting(CertificateSummary::status)
                .containsOnly(CertificateStatus.VALID);
        assertThat(certificates.mine().getFirst().id()).isNotEqualTo(first);
        assertThat(certificates.forEnrollment(retaken.id()))
                .map(CertificateSummary::id)
                .hasValue(certificates.mine().getFirst().id());
    }

    @Test
    void a_logo_certificates_cannot_print_is_refused_and_never_stops_issuing() {
        TestOrganizations.signIn(admin);
        byte[] big = new byte[CertificateDocument.LOGO_MAX_BYTES + 1];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}, 0, big, 0, 9);
        UUID logo = files.storeImage("huge.png", big);
        var template = new CertificateTemplate(CertificateDesign.CLASSIC, CertificateWording.defaults(), null, logo);
        assertThatThrownBy(() -> certificates.saveTemplate(template))
                .hasMessage("Use a logo of at most 2 MB for certificates");
        // Had it been stored anyway (an older limit), certificates are issued without it.
        jdbc.update(
                "insert into \"" + org.schema() + "\".certificate_settings (id, design, title, intro, achievement,"
                        + " signature_label, logo_file, updated_at) values (1, 'CLASSIC', 'T', 'I', 'A', 'S', ?, now())",
                logo);
        TestOrganizations.signIn(student);
        long enrollment = complete();
        assertThat(count("certificate", enrollment)).isEqualTo(1);
    }

    @Test
    void a_course_whose_learners_withdrew_cannot_be_deleted_so_their_certificates_stay() {
        complete();
        enrollments.withdraw(course);
        TestOrganizations.signIn(admin);
        assertThatThrownBy(() -> courses.delete(course)).hasMessageContaining("archive it instead");
        TestOrganizations.signIn(student);
        assertThat(certificates.mine()).hasSize(1);
    }

    @Test
    void retaking_issues_a_missing_certificate_first_and_is_refused_after_the_access_ended() {
        long enrollment = complete();
        jdbc.update("delete from \"" + org.schema() + "\".certificate where enrollment_id = ?", enrollment);
        certificates.retake(course);
        assertThat(count("certificate", enrollment))
                .as("the left-behind completion's certificate")
                .isEqualTo(1);

        progress.complete(course, module);
        Publications.awaitCompleted(jdbc, org);
        TestOrganizations.signIn(admin);
        enrollments.setAccessEnd(student.id(), course, Instant.now().minusSeconds(60));
        TestOrganizations.signIn(student);
        assertThatThrownBy(() -> certificates.retake(course)).hasMessageContaining("access to this course has ended");
    }
}
