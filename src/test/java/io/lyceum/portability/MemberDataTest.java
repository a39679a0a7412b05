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
import io.lyceum.grading.Grading;
import io.lyceum.grading.Submissions;
import io.lyceum.identity.NewUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/** One member's zip, anonymizing (certificates as issued or anonymized), deleting, and isolation. */
@LyceumIntegrationTest
class MemberDataTest {

    private static final String NAME = "Zoë Łukasiewicz";
    private static final String EMAIL = "zoe@example.com";

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
    MemberData data;

    @Autowired
    Submissions submissions;

    @Autowired
    Grading grading;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    Tenant org;
    long zoe;

    @BeforeEach
    void memberWithHistory() throws IOException {
        org = organizations.create("rights");
        TenantContext.set(org);
        zoe = users.create(new NewUser(EMAIL, NAME, "quiet-river-2026", Set.of(Role.STUDENT)))
                .id();
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long course =
                courses.create(new CourseForm("Privacy", "", null, null).withCertificate(new BigDecimal("1"), 12));
        long module = courses.addModule(course, ModuleForm.text("Only", "read").withPublished(true));
        courses.publish(course);
        TestOrganizations.signIn(organizations.principal(org, EMAIL));
        var png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png);
        files.storeImage("holiday.png", png.toByteArray());
        enrollments.enrollSelf(course);
        progress.complete(course, module);
        Publications.awaitCompleted(jdbc, org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private Map<String, byte[]> zip(long id) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(data.export(id, out)).isTrue();
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Every text column of the organization's schema holding {@code needle}, as table.column. */
    private List<String> whereFound(String needle) {
        List<String> found = new ArrayList<>();
        for (var column : jdbc.queryForList(
                "select table_name, column_name from information_schema.columns where table_schema = ?"
                        + " and data_type in ('text', 'character varying') and table_name not like 'databasechangelog%'",
                org.schema())) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Integer hits = jdbc.queryForObject(
                    "select count(*) from \"" + org.schema() + "\".\"" + table + "\" where strpos(\"" + name
                            + "\", ?) > 0",
                    Integer.class,
                    needle);
            if (hits != null && hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    @Test
    void the_members_zip_holds_their_profile_learning_certificates_and_files() throws IOException {
        Map<String, byte[]> entries = zip(zoe);

        JsonNode user = OrgExporter.JSON.readTree(entries.get("user.json"));
        assertThat(user.get("profile").get("email").asString()).isEqualTo(EMAIL);
        assertThat(user.get("profile").get("display_name").asString()).isEqualTo(NAME);
        assertThat(user.get("roles").get(0).asString()).isEqualTo("STUDENT");
        assertThat(user.get("enrollments").get(0).get("course").asString()).isEqualTo("Privacy");
        assertThat(user.get("enrollments").get(0).get("progress").asString()).isEqualTo("100.00");
        assertThat(user.get("enrollments").get(0).get("completed_modules").asString())
                .contains("Only");
        assertThat(user.get("certificates").get(0).get("holder_name").asString())
                .isEqualTo(NAME);
        assertThat(user.get("files").get(0).get("name").asString()).isEqualTo("holiday.png");
        assertThat(entries.keySet())
                .anySatisfy(name -> assertThat(name).startsWith("files/").endsWith("holiday.png"))
                .anySatisfy(name -> assertThat(name).startsWith("certificates/").endsWith(".pdf"));
        assertThat(jdbc.queryForList(
                        "select action from \"" + org.schema() + "\".audit_event where target = ?",
                        String.class,
                        "user " + zoe))
                .contains("export.user");
    }

    /** Zoë hands in work for an assignment; it is graded with feedback and released, with an extension. */
    private void gradedWork() {
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long course = courses.create(new CourseForm("Essays", "", null, null));
        long module = courses.addModule(
                course,
                ModuleForm.assignment("Reflection", "Write about privacy.").withPublished(true));
        courses.publish(course);
        jdbc.update(
                "insert into \"" + org.schema() + "\".assignment_extension (assignment_id, user_id, due_at, reason,"
                        + " granted_at) select id, ?, now() + interval '3 days', 'Zoë-ill-in-March', now()"
                        + " from \"" + org.schema() + "\".assignment where module_id = ?",
                zoe,
                module);
        TestOrganizations.signIn(organizations.principal(org, EMAIL));
        enrollments.enrollSelf(course);
        submissions.submit(course, module, "My private reflection, zoe-essay-7f3.", null);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long submission = grading.queue(course, module, Grading.QueueFilter.ALL, 0, 1)
                .getFirst()
                .submissionId();
        grading.save(
                course,
                module,
                submission,
                new Grading.GradeInput(
                        Map.of(),
                        new BigDecimal("88"),
                        null,
                        "",
                        "Thoughtful, zoe-feedback-7f3.",
                        null,
                        Grading.NO_GRADE));
        grading.release(course, module, submission);
        Publications.awaitCompleted(jdbc, org);
    }

    @Test
    void the_zip_holds_the_members_submissions_released_grades_and_extensions_and_deleting_removes_them()
            throws IOException {
        gradedWork();
        JsonNode user = OrgExporter.JSON.readTree(zip(zoe).get("user.json"));
        assertThat(user.get("submissions").get(0).get("text").asString()).contains("zoe-essay-7f3");
        assertThat(user.get("grades").get(0).get("points").asString()).isEqualTo("88.00");
        assertThat(user.get("grades").get(0).get("feedback").asString()).contains("zoe-feedback-7f3");
        assertThat(user.get("extensions").get(0).get("reason").asString()).isEqualTo("Zoë-ill-in-March");

        data.delete(zoe, EMAIL);
        assertThat(whereFound("zoe-essay-7f3")).isEmpty();
        assertThat(whereFound("zoe-feedback-7f3")).isEmpty();
        assertThat(whereFound("Zoë-ill-in-March")).isEmpty();
        // The instructors' mail about her submission named her: no longer (the certificate keeps its name).
        assertThat(whereFound(NAME)).containsExactly("certificate.holder_name");
    }

    @Test
    void anonymizing_removes_name_and_address_everywhere_but_the_certificate_issued_under_the_name() {
        assertThat(data.anonymize(zoe)).isTrue();

        assertThat(whereFound(EMAIL)).isEmpty();
        assertThat(whereFound(NAME)).containsExactly("certificate.holder_name");
        assertThat(data.member(zoe)).hasValueSatisfying(member -> {
            assertThat(member.displayName()).isEqualTo("Deleted user " + zoe);
            assertThat(member.email()).isEqualTo("deleted-" + zoe + "@invalid");
            assertThat(member.enabled()).isFalse();
        });
        // Progress stays, as anonymous history.
        assertThat(jdbc.queryForObject(
                        "select progress from \"" + org.schema() + "\".enrollment where user_id = ?",
                        BigDecimal.class,
                        zoe))
                .isEqualByComparingTo("100");
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + org.schema() + "\".audit_event where action = 'member.anonymized'",
                        Integer.class))
                .isOne();
    }

    @Test
    void with_anonymized_certificates_the_name_is_gone_and_verification_shows_the_placeholder() throws IOException {
        data.certificateNames(MemberData.CertificateNames.ANONYMIZED);
        String code =
                jdbc.queryForObject("select verification_code from \"" + org.schema() + "\".certificate", String.class);

        data.anonymize(zoe);

        assertThat(whereFound(NAME)).isEmpty();
        String page =
                new RawHttp(port).get("lyceum.localhost", "/verify/" + code, "").body();
        assertThat(page).contains("Valid certificate", "Deleted user " + zoe).doesNotContain(NAME);
    }

    @Test
    void deleting_needs_the_typed_address_and_keeps_only_what_a_certificate_refers_to() {
        assertThatThrownBy(() -> data.delete(zoe, "someone@example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThat(data.member(zoe))
                .hasValueSatisfying(member -> assertThat(member.email()).isEqualTo(EMAIL));

        // Zoë holds a certificate: her row stays, anonymized, for it; her progress goes.
        assertThat(data.delete(zoe, EMAIL)).hasValue(MemberData.Deletion.KEPT_AS_ANONYMOUS_RECORD);
        assertThat(whereFound(EMAIL)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"" + org.schema() + "\".module_completion", Integer.class))
                .isZero();

        // A member with nothing issued is removed with everything of theirs.
        long other = users.create(
                        new NewUser("max@example.com", "Max Mustermann", "quiet-river-2027", Set.of(Role.STUDENT)))
                .id();
        assertThat(data.delete(other, "MAX@example.com")).hasValue(MemberData.Deletion.DELETED);
        assertThat(data.member(other)).isEmpty();
        assertThat(whereFound("max@example.com")).isEmpty();
        assertThat(whereFound("Max Mustermann")).isEmpty();
    }

    @Test
    void another_organizations_admin_never_reaches_the_member_by_id() throws IOException {
        Tenant globex = organizations.create("rights-globex");
        TenantContext.clear();
        String found = TestOrganizations.asAdmin(globex, () -> {
            try {
                var out = new ByteArrayOutputStream();
                return data.export(zoe, out) ? out.toString(StandardCharsets.ISO_8859_1) : "";
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(found).doesNotContain(EMAIL);
        assertThat(TestOrganizations.asAdmin(globex, () -> data.member(zoe)).map(MemberData.Member::email))
                .isNotEqualTo(java.util.Optional.of(EMAIL));
        TestOrganizations.asAdmin(globex, () -> data.anonymize(zoe));
        TenantContext.set(org);
        assertThat(data.member(zoe))
                .hasValueSatisfying(member -> assertThat(member.email()).isEqualTo(EMAIL));
    }
}
