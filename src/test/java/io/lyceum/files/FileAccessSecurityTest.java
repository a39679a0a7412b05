package io.lyceum.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.certificate.CertificateDesign;
import io.lyceum.certificate.CertificateService;
import io.lyceum.certificate.CertificateTemplate;
import io.lyceum.certificate.CertificateWording;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Files are served over HTTP by unguessable ids, and only to people who may see what they belong
 * to: a course's pictures to those who may see the course, the certificate logo to admins, an
 * upload not saved anywhere yet to its uploader. Everything else is the same 404.
 */
@LyceumIntegrationTest
class FileAccessSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    FileStore files;

    @Autowired
    CourseService courses;

    @Autowired
    CertificateService certificates;

    @LocalServerPort
    int port;

    RawHttp http;
    Tenant acme;
    Tenant globex;
    String host;
    String admin;
    String teacher;
    String otherTeacher;
    String student;

    @BeforeEach
    void organizations() {
        acme = organizations.create("files");
        globex = organizations.create("files");
        organizations.addUser(acme, "teacher@example.com", "teach-well-2026", Role.INSTRUCTOR);
        organizations.addUser(acme, "other@example.com", "teach-also-2026", Role.INSTRUCTOR);
        organizations.addUser(acme, "student@example.com", "learn-well-2026", Role.STUDENT);
        http = new RawHttp(port);
        host = acme.slug() + ".lyceum.localhost:8080";
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private void signInSessions() throws Exception {
        admin = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        teacher = http.login(host, "teacher@example.com", "teach-well-2026");
        otherTeacher = http.login(host, "other@example.com", "teach-also-2026");
        student = http.login(host, "student@example.com", "learn-well-2026");
    }

    private int status(UUID file, String session) throws Exception {
        return http.get(host, FileStore.url(file), session).status();
    }

    private <T> T as(String email, Supplier<T> work) {
        TenantContext.set(acme);
        TestOrganizations.signIn(organizations.principal(acme, email));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            TenantContext.clear();
        }
    }

    @Test
    void a_draft_courses_pictures_are_for_its_staff_until_it_is_published() throws Exception {
        byte[] png = FileStoreTest.png();
        UUID cover = as("teacher@example.com", () -> files.storeImage("cover.png", png));
        UUID picture = as("teacher@example.com", () -> files.storeImage("diagram.png", png));
        long course = as("teacher@example.com", () -> {
            long id = courses.create(new CourseForm("Safety", "", null, null, cover));
            courses.addModule(
                    id,
                    ModuleForm.text("Intro", "See ![diagram](" + FileStore.url(picture) + ")")
                            .withPublished(true));
            return id;
        });
        signInSessions();

        for (UUID file : new UUID[] {cover, picture}) {
            assertThat(status(file, teacher)).as("the course's instructor").isEqualTo(200);
            assertThat(status(file, admin)).as("an admin").isEqualTo(200);
            assertThat(status(file, otherTeacher)).as("another instructor").isEqualTo(404);
            assertThat(status(file, student))
                    .as("a student, before publication")
                    .isEqualTo(404);
        }

        as("teacher@example.com", () -> courses.publish(course));
        assertThat(status(cover, student)).as("a student, once published").isEqualTo(200);
        assertThat(status(picture, student)).isEqualTo(200);
        assertThat(status(cover, otherTeacher)).isEqualTo(200);
        assertThat(status(cover, "")).as("nobody signed in").isEqualTo(302);
    }

    @Test
    void a_picture_removed_from_the_lesson_is_no_longer_served_through_the_course() throws Exception {
        byte[] png = FileStoreTest.png();
        UUID picture = as("teacher@example.com", () -> files.storeImage("old.png", png));
        as("teacher@example.com", () -> {
            long id = courses.create(new CourseForm("Removal", "", null, null));
            long module = courses.addModule(
                    id,
                    ModuleForm.text("Intro", "![old](" + FileStore.url(picture) + ")")
                            .withPublished(true));
            courses.publish(id);
            var edit = courses.module(module);
            return courses.updateModule(
                    module,
                    edit.version(),
                    ModuleForm.text("Intro", "No picture now").withPublished(true));
        });
        signInSessions();
        assertThat(status(picture, student)).isEqualTo(404);
        assertThat(status(picture, teacher)).as("still its uploader's").isEqualTo(200);
    }

    @Test
    void a_picture_only_in_an_unpublished_module_stays_with_the_staff() throws Exception {
        byte[] png = FileStoreTest.png();
        UUID draftPicture = as("teacher@example.com", () -> files.storeImage("draft.png", png));
        long module = as("teacher@example.com", () -> {
            long id = courses.create(new CourseForm("Growing", "", null, null));
            courses.addModule(id, ModuleForm.text("Ready", "Hello").withPublished(true));
            long draft =
                    courses.addModule(id, ModuleForm.text("Not yet", "![soon](" + FileStore.url(draftPicture) + ")"));
            courses.publish(id);
            return draft;
        });
        signInSessions();
        assertThat(status(draftPicture, student))
                .as("in a module students do not see")
                .isEqualTo(404);
        assertThat(status(draftPicture, admin)).isEqualTo(200);

        as("teacher@example.com", () -> {
            courses.setModulePublished(module, true);
            return null;
        });
        assertThat(status(draftPicture, student))
                .as("once the module is published")
                .isEqualTo(200);
    }

    @Test
    void the_certificate_logo_is_for_admins_only() throws Exception {
        byte[] png = FileStoreTest.png();
        UUID logo = as(TestOrganizations.ADMIN_EMAIL, () -> {
            UUID id = files.storeImage("logo.png", png);
            certificates.saveTemplate(
                    new CertificateTemplate(CertificateDesign.CLASSIC, CertificateWording.defaults(), null, id));
            return id;
        });
        signInSessions();
        assertThat(status(logo, admin)).isEqualTo(200);
        assertThat(status(logo, teacher)).isEqualTo(404);
        assertThat(status(logo, student)).isEqualTo(404);
    }

    @Test
    void an_upload_not_saved_anywhere_is_its_uploaders_only() throws Exception {
        UUID draft = as("teacher@example.com", () -> {
            try {
                return files.storeImage("draft.png", FileStoreTest.png());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        signInSessions();
        assertThat(status(draft, teacher)).isEqualTo(200);
        assertThat(status(draft, otherTeacher)).isEqualTo(404);
        assertThat(status(draft, student)).isEqualTo(404);
    }

    @Test
    void ids_cannot_be_counted_and_another_organizations_file_is_unknown() throws Exception {
        byte[] png = FileStoreTest.png();
        UUID cover = as(TestOrganizations.ADMIN_EMAIL, () -> {
            UUID id = files.storeImage("cover.png", png);
            courses.publish(addPublishedModule(courses.create(new CourseForm("Open", "", null, null, id))));
            return id;
        });
        signInSessions();
        assertThat(status(cover, student)).isEqualTo(200);
        for (int sequential = 1; sequential <= 3; sequential++) {
            // Not a file address any more: the app's page (whose router says "not found"), never a file.
            var counted = http.get(host, "/files/" + sequential, admin);
            assertThat(counted.header("content-type").orElse("")).doesNotStartWith("image/");
            assertThat(counted.body()).doesNotContain("PNG");
        }
        assertThat(status(UUID.randomUUID(), admin)).isEqualTo(404);

        String globexHost = globex.slug() + ".lyceum.localhost:8080";
        String globexAdmin = http.login(globexHost, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        assertThat(http.get(globexHost, FileStore.url(cover), globexAdmin).status())
                .isEqualTo(404);
        assertThat(http.get("lyceum.localhost:8080", FileStore.url(cover), "").status())
                .isIn(302, 404);
    }

    private long addPublishedModule(long course) {
        courses.addModule(course, ModuleForm.text("Intro", "Hello").withPublished(true));
        return course;
    }
}
