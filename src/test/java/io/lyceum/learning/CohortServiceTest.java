package io.lyceum.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@LyceumIntegrationTest
class CohortServiceTest {

    static final String PASSWORD = "study-hard-42";

    @Autowired
    CohortService cohorts;

    @Autowired
    BulkEnrollment bulk;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearnersReport learnersReport;

    @Autowired
    CourseService courses;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    /** An org whose instructor teaches a published course; returns the course id (context left on the org). */
    long course(Tenant org) {
        organizations.addUser(org, "teacher@example.com", PASSWORD, Role.INSTRUCTOR);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, "teacher@example.com"));
        long course = courses.create(new CourseForm("Web development", "", null, null));
        courses.addModule(course, ModuleForm.text("Welcome", "").withPublished(true));
        courses.publish(course);
        return course;
    }

    @Test
    void the_cohort_column_of_an_enrollment_import_files_learners_into_the_courses_real_cohorts() {
        Tenant org = organizations.create("cohort-csv");
        long course = course(org);
        String csv = """
                email,name,cohort
                ada@example.com,Ada Lovelace,Spring 2027
                bob@example.com,Bob Builder,Spring 2027
                cy@example.com,Cy Young,Autumn 2027
                dee@example.com,Dee Dee,
                """;
        bulk.importCsv(course, csv.getBytes(StandardCharsets.UTF_8), row -> {});
        // A second file naming the same cohort uses the cohort the first one made.
        bulk.importCsv(
                course,
                "email,name,cohort\neve@example.com,Eve Adams, Spring 2027 \n".getBytes(StandardCharsets.UTF_8),
                row -> {});

        assertThat(cohorts.list(course))
                .extracting(CohortService.CohortRow::name, CohortService.CohortRow::members)
                .containsExactly(tuple("Autumn 2027", 1L), tuple("Spring 2027", 3L));
        long spring = cohorts.list(course).get(1).id();
        assertThat(cohorts.members(spring, PageRequest.of(0, 10)))
                .extracting(CohortService.CohortMember::email)
                .containsExactlyInAnyOrder("ada@example.com", "bob@example.com", "eve@example.com");
        assertThat(learnersReport.learners(course, "Spring 2027", PageRequest.of(0, 10)))
                .extracting(LearnerRow::cohort)
                .containsOnly("Spring 2027")
                .hasSize(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + org.schema() + ".enrollment where cohort_id is null", Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_cohort_is_created_edited_and_deleted_and_its_members_stay_enrolled() {
        Tenant org = organizations.create("cohort-crud");
        long course = course(org);
        organizations.addUser(org, "ada@example.com", PASSWORD, Role.STUDENT);
        organizations.addUser(org, "bob@example.com", PASSWORD, Role.STUDENT);
        long ada = organizations.principal(org, "ada@example.com").id();
        long bob = organizations.principal(org, "bob@example.com").id();
        long adaEnrollment = enrollments.enroll(ada, course).id();
        long bobEnrollment = enrollments.enroll(bob, course).id();

        var march = cohorts.create(course, new CohortForm("March", LocalDate.parse("2027-03-01"), "Week 1: *HTML*"));
        var april = cohorts.create(course, new CohortForm("April", null, ""));
        assertThatThrownBy(() -> cohorts.create(course, new CohortForm(" March ", null, "")))
                .isInstanceOf(CohortException.class)
                .hasMessage("This course already has \"March\". Choose another name.");
        assertThatThrownBy(() -> cohorts.create(course, new CohortForm(" ", null, "")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Give the name.");

        cohorts.addMembers(march.id(), List.of(adaEnrollment, bobEnrollment));
        cohorts.addMembers(april.id(), List.of(bobEnrollment)); // moved
        assertThat(cohorts.list(course))
                .extracting(CohortService.CohortRow::name, CohortService.CohortRow::members)
                .containsExactly(tuple("April", 1L), tuple("March", 1L));

        var edited = cohorts.update(
                march.id(), march.version(), new CohortForm("March 2027", LocalDate.parse("2027-03-02"), "x"));
        assertThat(edited.name()).isEqualTo("March 2027");
        assertThatThrownBy(() -> cohorts.update(march.id(), march.version(), new CohortForm("Late", null, "")))
                .as("a save over someone else's change")
                .isInstanceOf(CohortException.class)
                .hasMessageContaining("Someone else changed this cohort meanwhile");

        // The learner sees their cohort on the course page, the schedule's Markdown sanitized.
        cohorts.update(
                march.id(),
                edited.version(),
                new CohortForm("March 2027", LocalDate.parse("2027-03-02"), "Week 1: *HTML* <script>x()</script>"));
        TestOrganizations.signIn(organizations.principal(org, "ada@example.com"));
        var mine = cohorts.mine(course).orElseThrow();
        assertThat(mine.name()).isEqualTo("March 2027");
        assertThat(mine.startsOn()).isEqualTo(LocalDate.parse("2027-03-02"));
        assertThat(mine.scheduleHtml()).contains("<em>HTML</em>").doesNotContain("<script");
        assertThatThrownBy(() -> cohorts.list(course))
                .as("a learner manages no cohorts")
                .isInstanceOf(AccessDeniedException.class);

        TestOrganizations.signIn(organizations.principal(org, "teacher@example.com"));
        cohorts.removeMember(april.id(), bobEnrollment);
        cohorts.delete(march.id());
        assertThat(cohorts.list(course))
                .extracting(CohortService.CohortRow::name)
                .containsExactly("April");
        assertThat(enrollments.count(course)).isEqualTo(2);
        assertThat(cohorts.learners(course, PageRequest.of(0, 10)))
                .extracting(CohortService.CohortMember::cohortId)
                .containsOnlyNulls();
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + org.schema() + ".audit_event where action = 'cohort.changed'",
                        Long.class))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_learner_is_in_at_most_one_project_group_of_a_course() {
        Tenant org = organizations.create("cohort-groups");
        long course = course(org);
        organizations.addUser(org, "ada@example.com", PASSWORD, Role.STUDENT);
        organizations.addUser(org, "bob@example.com", PASSWORD, Role.STUDENT);
        long ada = enrollments
                .enroll(organizations.principal(org, "ada@example.com").id(), course)
                .id();
        long bob = enrollments
                .enroll(organizations.principal(org, "bob@example.com").id(), course)
                .id();

        long red = cohorts.createGroup(course, "Red team");
        long blue = cohorts.createGroup(course, "Blue team");
        assertThatThrownBy(() -> cohorts.createGroup(course, "Red team")).isInstanceOf(CohortException.class);
        cohorts.setGroupMembers(red, List.of(ada, bob));
        cohorts.setGroupMembers(blue, List.of(bob));
        assertThat(cohorts.groups(course))
                .extracting(
                        g -> g.name(),
                        g -> g.members().stream().map(m -> m.email()).toList())
                .containsExactly(
                        tuple("Blue team", List.of("bob@example.com")), tuple("Red team", List.of("ada@example.com")));
        cohorts.renameGroup(red, "Green team");
        cohorts.deleteGroup(blue);
        assertThat(cohorts.groups(course))
                .extracting(CohortService.GroupRow::name)
                .containsExactly("Green team");
    }

    @Test
    void cohorts_of_the_same_name_in_two_orgs_are_each_their_own_and_other_instructors_find_none() {
        Tenant acme = organizations.create("cohort-acme");
        long acmeCourse = course(acme);
        var acmeCohort = cohorts.create(acmeCourse, new CohortForm("Spring", null, "Acme's plan"));
        organizations.addUser(acme, "other@example.com", PASSWORD, Role.INSTRUCTOR);
        TestOrganizations.signIn(organizations.principal(acme, "other@example.com"));
        long otherCourse = courses.create(new CourseForm("Other", "", null, null));
        assertThatThrownBy(() -> cohorts.list(acmeCourse)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> cohorts.members(acmeCohort.id(), PageRequest.of(0, 10)))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> cohorts.delete(acmeCohort.id())).isInstanceOf(NoSuchItemException.class);
        assertThat(cohorts.list(otherCourse)).isEmpty();
        TenantContext.clear();

        Tenant globex = organizations.create("cohort-globex");
        long globexCourse = course(globex);
        var globexCohort = cohorts.create(globexCourse, new CohortForm("Spring", null, ""));
        // Ids start over in each organization's schema: the same id here is globex's own cohort.
        assertThat(cohorts.list(globexCourse))
                .extracting(CohortService.CohortRow::id, CohortService.CohortRow::schedule)
                .containsExactly(tuple(globexCohort.id(), ""));
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + globex.schema() + ".cohort where schedule like 'Acme%'", Long.class))
                .isZero();
    }
}
