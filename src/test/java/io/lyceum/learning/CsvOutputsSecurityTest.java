package io.lyceum.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every CSV Lyceum writes goes through one writer that defuses spreadsheet formulas: the
 * invitation links of a CSV import as much as the learners export, whatever people put in emails
 * and names (which pass the email check).
 */
@LyceumIntegrationTest
class CsvOutputsSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    BulkEnrollment bulk;

    @Autowired
    LearnersReport learnersReport;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void formulas_in_imported_emails_and_names_are_written_as_text() {
        Tenant org = organizations.create("csvout");
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long course = courses.create(new CourseForm("Formulas", "", null, null));
        courses.addModule(course, ModuleForm.text("Welcome", "").withPublished(true));
        courses.publish(course);

        String csv = "email,first_name,last_name\n"
                + "=HYPERLINK(\"https://evil.example\")@example.com,＝1+1,Name\n"
                + "+SUM(A1)@example.com,+Plus,-Minus\n";
        var report = bulk.importCsv(course, csv.getBytes(StandardCharsets.UTF_8), row -> {});
        assertThat(report.count(BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED))
                .as(report.toString())
                .isEqualTo(2);

        var links = new ByteArrayOutputStream();
        var invitations = report.rows().stream()
                .filter(row -> row.invitationToken() != null)
                .map(row -> new CsvImports.InvitationLink(row.email(), row.invitationToken()))
                .toList();
        InvitationLinksCsv.write(
                invitations, token -> "http://" + org.slug() + ".lyceum.localhost:8080/invite/" + token, links);
        String linksText = links.toString(StandardCharsets.UTF_8);
        assertThat(linksText)
                .contains("\"'=HYPERLINK(\"\"https://evil.example\"\")@example.com\",http://")
                .contains("'+SUM(A1)@example.com,http://")
                .doesNotContain("\n=")
                .doesNotContain("\n+");

        var learners = new ByteArrayOutputStream();
        LearnersCsv.write(
                learnersReport.learners(course, PageRequest.of(0, 10)).getContent(),
                List.of(),
                org.timeZone(),
                learners);
        String learnersText = learners.toString(StandardCharsets.UTF_8);
        assertThat(learnersText).contains("'＝1+1 Name", "'+Plus -Minus", "'+sum(a1)@example.com");
    }

    @Test
    void no_code_writes_csv_but_the_one_writer() {
        try (var scan = new ClassGraph()
                .enableInterClassDependencies()
                .enableExternalClasses()
                .acceptPackages("io.lyceum")
                .scan()) {
            var writers = scan.getAllClasses().stream()
                    .filter(type -> type.getName().startsWith("io.lyceum.")
                            && !type.getPackageName().equals("io.lyceum.base.csv"))
                    .filter(type -> type.getClassDependencies().stream()
                            .anyMatch(dependency -> dependency.getName().startsWith("de.siegmar.fastcsv.writer")))
                    .map(type -> type.getName())
                    .toList();
            assertThat(writers).isEmpty();
        }
    }
}
