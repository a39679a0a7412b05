package io.lyceum.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.Publications;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.files.FileStore;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.Roles;
import io.lyceum.identity.UserService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * An organization with courses, a quiz, members, progress, an attempt, an issued certificate and an
 * uploaded file goes out as a zip and comes back as a new organization on the same installation:
 * the same content under new ids, members sign in with their passwords, both certificates verify
 * for their own organization; a damaged zip changes nothing; an export holds nothing of another org.
 */
@LyceumIntegrationTest
class OrgExportImportTest {

    private static final String STUDENT = "zoe@example.com";
    private static final String PASSWORD = "quiet-river-2026";

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    UserService users;

    @Autowired
    FileStore files;

    @Autowired
    OrgTransfers transfers;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    Tenant org;
    Tenant globex;

    @BeforeEach
    void organizationWithEverything() throws IOException {
        globex = organizations.create("globex");
        organizations.addUser(globex, "only-at-globex@example.com", PASSWORD, Role.STUDENT);

        org = organizations.create("acme");
        TenantContext.set(org);
        users.create(new NewUser(STUDENT, "Zoë Łukasiewicz", PASSWORD, Set.of(Role.STUDENT)));
        LyceumUser admin = organizations.principal(org, TestOrganizations.ADMIN_EMAIL);
        TestOrganizations.signIn(admin);
        long course = courses.create(new CourseForm("Datenschutz für Anfänger", "Privacy basics", null, null)
                .withCertificate(new BigDecimal("2.5"), 12));
        long section = jdbc.queryForObject(
                "insert into \"" + org.schema() + "\".course_section (course_id, title, position) values (?, ?, 0)"
                        + " returning id",
                Long.class,
                course,
                "Basics");
        long text = courses.addModule(
                course, ModuleForm.text("Read me", "Some **text**").withPublished(true));
        long quizModule = courses.addModule(course, ModuleForm.quiz("Check yourself"));
        jdbc.update(
                "update \"" + org.schema() + "\".course_module set section_id = ? where course_id = ?",
                section,
                course);
        long question = jdbc.queryForObject(
                "insert into \"" + org.schema() + "\".question (type, title, text, points, spec, created_at)"
                        + " values ('TRUE_FALSE', 'Q1', 'Is it true?', 1, '{}', now()) returning id",
                Long.class);
        long quiz = jdbc.queryForObject(
                "insert into \"" + org.schema() + "\".quiz (module_id) values (?) returning id",
                Long.class,
                quizModule);
        jdbc.update(
                "insert into \"" + org.schema() + "\".quiz_question (quiz_id, question_id, position) values (?, ?, 0)",
                quiz,
                question);
        courses.publish(course);
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        files.storeImage("pixel.png", png.toByteArray());

        TestOrganizations.signIn(organizations.principal(org, STUDENT));
        long enrollment = enrollments.enrollSelf(course).id();
        jdbc.update(
                "insert into \"" + org.schema() + "\".quiz_attempt (enrollment_id, module_id, score, passed, answers,"
                        + " submitted_at) values (?, ?, 100, true, '{\"0\":[\"true\"]}', now())",
                enrollment,
                quizModule);
        progress.complete(course, text);
        Publications.awaitCompleted(jdbc, org);
        TenantContext.clear();
        signInAsStaff();
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private static void signInAsStaff() {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                new LyceumUser("", -1, "staff@lyceum.test", "Staff", Set.of(), true),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF)))));
    }

    private Path export(Tenant tenant) throws IOException {
        Path zip = temp.resolve(tenant.slug() + ".zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            transfers.exportTo(tenant.slug(), out);
        }
        return zip;
    }

    private List<Map<String, Object>> rows(Tenant tenant, String sql) {
        return jdbc.queryForList(sql.replace("$s", "\"" + tenant.schema() + "\""));
    }

    /** What an organization holds, by content: no ids. */
    private List<List<Map<String, Object>>> content(Tenant tenant) {
        return List.of(
                rows(tenant, "select email, display_name, password_hash, enabled from $s.app_user order by email"),
                rows(
                        tenant,
                        "select u.email, r.role from $s.user_role r join $s.app_user u on u.id = r.user_id"
                                + " order by 1, 2"),
                rows(
                        tenant,
                        "select c.title, c.status, u.email as owner from $s.course c"
                                + " join $s.app_user u on u.id = c.owner_id order by 1"),
                rows(
                        tenant,
                        "select c.title as course, s.title as section, m.title, m.kind, m.position, m.body"
                                + " from $s.course_module m join $s.course c on c.id = m.course_id"
                                + " left join $s.course_section s on s.id = m.section_id order by 1, m.position"),
                rows(
                        tenant,
                        "select m.title as module, q.text, qq.position from $s.quiz_question qq"
                                + " join $s.quiz z on z.id = qq.quiz_id join $s.course_module m on m.id = z.module_id"
                                + " join $s.question q on q.id = qq.question_id"),
                rows(
                        tenant,
                        "select u.email, c.title, e.status, e.progress, e.completed_at from $s.enrollment e"
                                + " join $s.app_user u on u.id = e.user_id join $s.course c on c.id = e.course_id order by 1, 2"),
                rows(
                        tenant,
                        "select u.email, m.title from $s.module_completion mc"
                                + " join $s.enrollment e on e.id = mc.enrollment_id join $s.app_user u on u.id = e.user_id"
                                + " join $s.course_module m on m.id = mc.module_id order by 1, 2"),
                rows(
                        tenant,
                        "select u.email, m.title, a.score, a.answers from $s.quiz_attempt a"
                                + " join $s.enrollment e on e.id = a.enrollment_id join $s.app_user u on u.id = e.user_id"
                                + " join $s.course_module m on m.id = a.module_id"),
                rows(
                        tenant,
                        "select c.holder_name, c.course_title, c.number, k.title as course, u.email,"
                                + " length(p.pdf) > 1000 as has_pdf from $s.certificate c join $s.course k on k.id = c.course_id"
                                + " join $s.app_user u on u.id = c.user_id join $s.certificate_pdf p on p.certificate_id = c.id"),
                rows(
                        tenant,
                        "select f.name, f.content_type, md5(f.data) as data, u.email from $s.stored_file f"
                                + " left join $s.app_user u on u.id = f.uploaded_by order by 1"));
    }

    @Test
    void an_export_comes_back_as_a_new_organization_with_the_same_content_under_new_ids() throws IOException {
        Path zip = export(org);
        String slug = TestOrganizations.uniqueSlug("copy");

        ImportReport report = transfers.importNow(zip, slug, "Acme again");
        Tenant copy = organizations.reload(slug);

        assertThat(content(copy)).isEqualTo(content(org));
        assertThat(content(org).get(5))
                .singleElement()
                .satisfies(row -> assertThat(row.get("progress")).isEqualTo(new BigDecimal("100.00")));
        assertThat(report.users()).isEqualTo(2);
        assertThat(report.certificates()).isEqualTo(1);

        // Referential integrity inside the new schema, also where no foreign key is declared.
        assertThat(rows(
                        copy,
                        "select 1 from $s.certificate c where not exists"
                                + " (select 1 from $s.course k where k.id = c.course_id)"))
                .isEmpty();
        assertThat(rows(
                        copy,
                        "select 1 from $s.enrollment e where e.last_module_id is not null and not exists"
                                + " (select 1 from $s.course_module m where m.id = e.last_module_id)"))
                .isEmpty();
        // The sequences go on after the imported ids: a new row gets a free id.
        jdbc.update("insert into \"" + copy.schema() + "\".question (type, text, points, spec, created_at)"
                + " values ('TRUE_FALSE', 'New', 1, '{}', now())");

        // The code was taken (by the source, still here): the copy's certificate got a new one, said so.
        String oldCode =
                jdbc.queryForObject("select verification_code from \"" + org.schema() + "\".certificate", String.class);
        String newCode = jdbc.queryForObject(
                "select verification_code from \"" + copy.schema() + "\".certificate", String.class);
        assertThat(newCode).isNotEqualTo(oldCode).matches("[a-z2-9]{26}");
        assertThat(report.newCodes()).singleElement().satisfies(change -> {
            assertThat(change.oldCode()).isEqualTo(oldCode);
            assertThat(change.newCode()).isEqualTo(newCode);
        });
        assertThat(jdbc.queryForList(
                        "select code || ' ' || org_slug from platform.certificate_index where code in (?, ?) order by 1",
                        String.class,
                        oldCode,
                        newCode))
                .containsExactlyInAnyOrder(oldCode + " " + org.slug(), newCode + " " + copy.slug());
        var http = new RawHttp(port);
        assertThat(http.get("lyceum.localhost", "/verify/" + newCode, "").body())
                .contains("Valid certificate", "Zoë Łukasiewicz", "Acme again");
        assertThat(http.get("lyceum.localhost", "/verify/" + oldCode, "").body())
                .contains("Valid certificate", "Zoë Łukasiewicz", org.name());

        // The member signs in to the copy with the password they had.
        assertThat(http.login(copy.slug() + ".lyceum.localhost", STUDENT, PASSWORD))
                .isNotBlank();

        assertThat(jdbc.queryForList(
                        "select action from platform.audit_event where target = ? order by id", String.class, slug))
                .contains("org.imported");
    }

    @Test
    void a_damaged_zip_is_refused_and_leaves_no_organization_or_schema() throws IOException {
        Path garbage = temp.resolve("garbage.zip");
        Files.writeString(garbage, "this is not a zip at all");
        String slug = TestOrganizations.uniqueSlug("broken");
        assertThatThrownBy(() -> transfers.importNow(garbage, slug, "Broken"))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("import.refused.not-an-export"));
        assertNothingOf(slug);

        // One table's rows changed after the export: the checksum says so, nothing is made.
        Path zip = export(org);
        Path tampered = temp.resolve("tampered.zip");
        try (var source = new ZipFile(zip.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                byte[] data = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("tables/app_user.jsonl")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replace("Zoë", "Eve")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        String other = TestOrganizations.uniqueSlug("tampered");
        assertThatThrownBy(() -> transfers.importNow(tampered, other, "Tampered"))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("import.refused.checksum"));
        assertNothingOf(other);
    }

    @Test
    void an_export_from_a_newer_changelog_is_refused_after_the_schema_was_made_and_the_schema_is_dropped()
            throws IOException {
        Path zip = export(org);
        Path newer = temp.resolve("newer.zip");
        try (var source = new ZipFile(zip.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(newer))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                byte[] data = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(ExportManifest.FILE)) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replace(
                                    "\"changesets\" : [",
                                    "\"changesets\" : [ \"db-changelog/tenant/future.sql::lyceum::x\",")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        String slug = TestOrganizations.uniqueSlug("future");
        assertThatThrownBy(() -> transfers.importNow(newer, slug, "Future"))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("import.refused.newer-changelog"));
        assertNothingOf(slug);
    }

    private void assertNothingOf(String slug) {
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.organization where slug = ?", Integer.class, slug))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.schemata where schema_name = ?",
                        Integer.class,
                        "org_" + slug.replace('-', '_')))
                .isZero();
    }

    @Test
    void an_export_holds_nothing_of_another_organization_and_admins_export_only_their_own() throws IOException {
        Path zip = export(org);
        var everything = new StringBuilder();
        try (var source = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                everything.append(new String(source.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(everything).contains(STUDENT).doesNotContain("only-at-globex@example.com", globex.slug());

        // Admins reach only their own organization's exports; the staff methods refuse them.
        TestOrganizations.signIn(organizations.principal(globex, TestOrganizations.ADMIN_EMAIL));
        assertThatThrownBy(() -> transfers.export(org.slug())).isInstanceOf(AuthorizationDeniedException.class);
        var token = TestOrganizations.asAdmin(org, transfers::exportOwn);
        TestOrganizations.signIn(organizations.principal(globex, TestOrganizations.ADMIN_EMAIL));
        assertThat(TenantContext.callAs(globex, () -> transfers.jobOfOwn(token)))
                .isEmpty();
        assertThat(TenantContext.callAs(globex, () -> transfers.zipOfOwn(token)))
                .isEmpty();
    }
}
