package io.lyceum.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

@LyceumIntegrationTest
class BulkEnrollmentTest {

    @Autowired
    BulkEnrollment bulk;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearnersReport learnersReport;

    @Autowired
    CourseService courses;

    @Autowired
    UserService users;

    @Autowired
    TestOrganizations organizations;

    @LocalServerPort
    int port;

    Tenant org;
    long course;

    @BeforeEach
    void publishedCourse() {
        org = organizations.create("bulk");
        organizations.addUser(org, "member@example.com", "study-hard-42", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Onboarding", "", null, null));
        courses.addModule(course, ModuleForm.text("Welcome", "").withPublished(true));
        courses.publish(course);
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void good_rows_are_applied_and_each_bad_row_is_reported_by_line() throws Exception {
        String csv = """
                email,first_name,last_name,cohort
                new.person@example.com,Nora,Nguyen,Autumn
                member@example.com,Mel,Member,
                not-an-email,Bad,Row,
                member@example.com,Mel,Member,
                far.too@example.com,Far,Too,%s
                """.formatted("x".repeat(61));
        var seen = new ArrayList<Integer>();
        var report = bulk.importCsv(course, csv.getBytes(StandardCharsets.UTF_8), seen::add);

        assertThat(report.rows()).extracting(BulkEnrollmentReport.Row::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(report.rows())
                .extracting(BulkEnrollmentReport.Row::outcome)
                .containsExactly(
                        BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED,
                        BulkEnrollmentReport.Outcome.ENROLLED,
                        BulkEnrollmentReport.Outcome.REFUSED,
                        BulkEnrollmentReport.Outcome.ALREADY_ENROLLED,
                        BulkEnrollmentReport.Outcome.REFUSED);
        assertThat(report.rows().get(2).message()).isEqualTo("invalid email on line 4");
        assertThat(report.rows().get(4).message()).isEqualTo("Name the cohort in at most 60 characters.");
        assertThat(users.findByEmail("far.too@example.com"))
                .as("a refused row leaves no account")
                .isEmpty();
        assertThat(seen).containsExactly(1, 2, 3, 4, 5);
        assertThat(enrollments.count(course)).isEqualTo(2);
        // The cohort column files learners into cohorts; the learners list filters by them.
        assertThat(enrollments.cohorts(course)).containsExactly("Autumn");
        assertThat(learnersReport.learners(course, "Autumn", PageRequest.of(0, 10)))
                .extracting(row -> row.email())
                .containsExactly("new.person@example.com");
        assertThat(learnersReport.learners(course, PageRequest.of(0, 10))).hasSize(2);
        assertThat(users.findByEmail("new.person@example.com").orElseThrow().displayName())
                .isEqualTo("Nora Nguyen");

        // The invitation link sets the password once; then the new student signs in.
        String token = report.rows().getFirst().invitationToken();
        assertThat(token).isNotBlank();
        users.acceptInvitation(token, "first-day-2026");
        assertThatThrownBy(() -> users.acceptInvitation(token, "second-try-2026"))
                .isInstanceOf(InvalidUserException.class)
                .hasMessageContaining("not valid any more");
        assertThat(new RawHttp(port)
                        .login(org.slug() + ".lyceum.localhost", "new.person@example.com", "first-day-2026"))
                .isNotBlank();
    }

    @Test
    void a_file_without_the_columns_is_refused_as_a_whole() {
        var report = bulk.importCsv(course, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), row -> {});
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(BulkEnrollmentReport.Outcome.REFUSED);
            assertThat(row.message()).contains("email, first_name, last_name");
        });
        assertThat(enrollments.count(course)).isZero();
    }

    @Test
    void rows_beyond_the_plans_student_limit_are_refused_and_leave_no_account_behind() {
        StringBuilder csv = new StringBuilder("email,first_name,last_name\n");
        // FREE allows 50 students: 51 new people.
        for (int i = 0; i < 51; i++) {
            csv.append("p").append(i).append("@example.com,P,").append(i).append('\n');
        }
        Tenant free = organizations.create("bulkfree", "FREE");
        TenantContext.set(free);
        TestOrganizations.signIn(organizations.principal(free, TestOrganizations.ADMIN_EMAIL));
        long freeCourse = courses.create(new CourseForm("Free course", "", null, null));
        courses.addModule(freeCourse, ModuleForm.text("M", "").withPublished(true));
        courses.publish(freeCourse);

        var report = bulk.importCsv(freeCourse, csv.toString().getBytes(StandardCharsets.UTF_8), row -> {});
        assertThat(report.count(BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED))
                .isEqualTo(50);
        List<BulkEnrollmentReport.Row> refused = report.rows().stream()
                .filter(row -> row.outcome() == BulkEnrollmentReport.Outcome.REFUSED)
                .toList();
        assertThat(refused).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(52);
            assertThat(row.message()).isEqualTo("Your Free plan allows 50 students. Upgrade your plan to add more.");
        });
        assertThat(users.findByEmail("p50@example.com")).isEmpty();
    }

    @Test
    void a_latin1_file_is_read_as_windows_1252_and_the_report_says_so() {
        byte[] file =
                "email,first_name,last_name\njose@example.com,José,Martínez\n".getBytes(StandardCharsets.ISO_8859_1);
        var report = bulk.importCsv(course, file, row -> {});
        assertThat(report.notice()).contains("not UTF-8").contains("Windows-1252");
        assertThat(report.count(BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED))
                .isEqualTo(1);
        assertThat(users.findByEmail("jose@example.com").orElseThrow().displayName())
                .isEqualTo("José Martínez");
    }

    @Test
    void a_utf8_file_has_no_notice() {
        byte[] file = "email,first_name,last_name\nzoe@example.com,Zoë,Łukasiewicz\n".getBytes(StandardCharsets.UTF_8);
        var report = bulk.importCsv(course, file, row -> {});
        assertThat(report.notice()).isNull();
        assertThat(users.findByEmail("zoe@example.com").orElseThrow().displayName())
                .isEqualTo("Zoë Łukasiewicz");
    }

    @Test
    void an_excel_workbook_is_refused_as_a_whole_with_what_to_do() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        var report = bulk.importCsv(course, xlsx, row -> {});
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(BulkEnrollmentReport.Outcome.REFUSED);
            assertThat(row.message()).contains("Excel workbook").contains("CSV UTF-8");
        });
        assertThat(enrollments.count(course)).isZero();
    }
}
