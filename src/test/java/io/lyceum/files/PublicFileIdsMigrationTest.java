package io.lyceum.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
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
import io.lyceum.tenancy.TenantSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An organization from before files had public ids (covers, logos and lesson pictures pointing at
 * sequential ids) is migrated with nothing lost: every reference ends up at the same file's public
 * id ("/files/1" next to "/files/12", and next to public ids that start with the digits of another
 * file's number), and the pictures are served by the course's rule.
 */
@LyceumIntegrationTest
class PublicFileIdsMigrationTest {

    /** The changesets that moved references to public ids (the ids themselves are kept, see below). */
    private static final List<String> CHANGESETS = List.of(
            "course-cover-by-public-id",
            "module-pictures-by-public-id",
            "course-files",
            "certificate-logo-by-public-id");

    @Autowired
    TestOrganizations organizations;

    @Autowired
    FileStore files;

    @Autowired
    CourseService courses;

    @Autowired
    CertificateService certificates;

    @Autowired
    TenantSchemas schemas;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void sequential_file_links_become_public_ids_of_the_same_files() throws Exception {
        Tenant org = organizations.create("upgrade");
        organizations.addUser(org, "student@example.com", "learn-well-2026", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        byte[] png = FileStoreTest.png();
        List<UUID> stored = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stored.add(files.storeImage("picture-" + (i + 1) + ".png", png));
        }
        long course = courses.create(new CourseForm(
                "Old course", "See ![intro](" + FileStore.url(stored.get(2)) + ")", null, null, stored.get(1)));
        long module = courses.addModule(
                course,
                ModuleForm.text(
                                "Pictures",
                                "![one](" + FileStore.url(stored.get(0))
                                        + ") ![seven](" + FileStore.url(stored.get(6)) + ") and ![twelve]("
                                        + FileStore.url(stored.get(11))
                                        + ")")
                        .withPublished(true));
        certificates.saveTemplate(
                new CertificateTemplate(CertificateDesign.CLASSIC, CertificateWording.defaults(), null, stored.get(4)));
        TenantContext.clear();
        SecurityContextHolder.clearContext();

        String s = "\"" + org.schema() + "\".";
        long[] ids = new long[12];
        for (int i = 0; i < 12; i++) {
            ids[i] = jdbc.queryForObject(
                    "select id from " + s + "stored_file where public_id = ?", Long.class, stored.get(i));
        }
        assertThat(ids)
                .as("sequential ids of a new organization")
                .startsWith(1, 2, 3)
                .contains(7, 12);
        // Back to how the schema and the data were before the public ids.
        for (int i = 0; i < 12; i++) {
            for (String table : new String[] {
                "course_module set body = replace(body", "course set description = " + "replace(description"
            }) {
                jdbc.update("update " + s + table + ", ?, ?)", FileStore.url(stored.get(i)), "/files/" + ids[i]);
            }
        }
        jdbc.execute("drop table " + s + "course_file");
        jdbc.execute("alter table " + s + "course add column cover_file_id bigint references " + s
                + "stored_file (id) on delete set null");
        jdbc.execute("update " + s + "course c set cover_file_id = f.id from " + s
                + "stored_file f where f.public_id = c.cover_file");
        jdbc.execute("alter table " + s + "course drop column cover_file");
        jdbc.execute("alter table " + s + "certificate_settings add column logo_file_id bigint references " + s
                + "stored_file (id) on delete set null");
        jdbc.execute("update " + s + "certificate_settings c set logo_file_id = f.id from " + s
                + "stored_file f where f.public_id = c.logo_file");
        jdbc.execute("alter table " + s + "certificate_settings drop column logo_file");
        // Public ids that start like another file's number: file 1's like file 7's, file 2's like file 12's.
        jdbc.update(
                "update " + s + "stored_file set public_id = ? where id = ?",
                UUID.fromString("7aaaaaaa-0000-4000-8000-000000000001"),
                ids[0]);
        jdbc.update(
                "update " + s + "stored_file set public_id = ? where id = ?",
                UUID.fromString("12bbbbbb-0000-4000-8000-000000000002"),
                ids[1]);
        for (String changeset : CHANGESETS) {
            assertThat(jdbc.update("delete from " + s + "databasechangelog where id = ?", changeset))
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select body from " + s + "course_module where id = ?", String.class, module))
                .isEqualTo("![one](/files/" + ids[0] + ") ![seven](/files/" + ids[6] + ") and ![twelve](/files/"
                        + ids[11] + ")");

        schemas.migrate(org.schema());

        UUID[] now = new UUID[12];
        for (int i = 0; i < 12; i++) {
            now[i] = jdbc.queryForObject("select public_id from " + s + "stored_file where id = ?", UUID.class, ids[i]);
        }
        assertThat(jdbc.queryForObject("select body from " + s + "course_module where id = ?", String.class, module))
                .isEqualTo("![one](" + FileStore.url(now[0]) + ") ![seven](" + FileStore.url(now[6])
                        + ") and ![twelve](" + FileStore.url(now[11]) + ")");
        assertThat(now[0]).hasToString("7aaaaaaa-0000-4000-8000-000000000001");
        assertThat(jdbc.queryForObject("select description from " + s + "course where id = ?", String.class, course))
                .isEqualTo("See ![intro](" + FileStore.url(now[2]) + ")");
        assertThat(jdbc.queryForObject("select cover_file from " + s + "course where id = ?", UUID.class, course))
                .isEqualTo(now[1]);
        assertThat(jdbc.queryForObject("select logo_file from " + s + "certificate_settings", UUID.class))
                .isEqualTo(now[4]);
        assertThat(jdbc.queryForList(
                        "select file_id from " + s + "course_file where course_id = ?", UUID.class, course))
                .containsExactlyInAnyOrder(now[0], now[1], now[2], now[6], now[11]);

        // Still a draft: once published, a student is shown its pictures, and not the certificate logo.
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        courses.publish(course);
        TestOrganizations.signIn(organizations.principal(org, "student@example.com"));
        assertThat(files.readable(now[11])).isPresent();
        assertThat(files.readable(now[4])).as("the logo is not the course's").isEmpty();
    }
}
