package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Role;
import io.lyceum.learning.CohortForm;
import io.lyceum.learning.CohortService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.ConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@LyceumIntegrationTest
class DeadlinesTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    CohortService cohorts;

    @Autowired
    DeadlineService deadlineService;

    @Autowired
    Deadlines deadlines;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    /** The organization as its pages see it, but in New York's time zone. */
    static Tenant inNewYork(Tenant org) {
        return new Tenant(
                org.id(),
                org.slug(),
                org.name(),
                org.schema(),
                org.planCode(),
                org.planName(),
                org.planPlugins(),
                ZoneId.of("America/New_York"),
                null);
    }

    Deadlines.Deadline due(long assignmentId, long userId) {
        return transactions.execute(
                status -> deadlines.dueFor(assignments.findById(assignmentId).orElseThrow(), userId));
    }

    @Test
    void an_own_extension_beats_the_cohorts_extension_which_beats_the_cohorts_due_date_which_beats_the_assignments() {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var classroom = fixtures.classroom("deadlines", 3);
        Instant base = Instant.parse("2027-03-10T17:00:00Z");
        fixtures.setAssignment(classroom, classroom.assignmentId(), "due_at = ?", Timestamp.from(base));
        Tenant org = inNewYork(classroom.org());
        long ada = classroom.student(0).id();
        long bob = classroom.student(1).id();
        long cy = classroom.student(2).id();
        TenantContext.runAs(org, () -> {
            TestOrganizations.signIn(classroom.instructor());
            var march =
                    cohorts.create(classroom.courseId(), new CohortForm("March", LocalDate.parse("2027-03-01"), ""));
            var learners = cohorts.learners(classroom.courseId(), PageRequest.of(0, 10));
            cohorts.addMembers(
                    march.id(),
                    learners.stream()
                            .filter(m -> m.userId() == ada || m.userId() == bob)
                            .map(CohortService.CohortMember::enrollmentId)
                            .toList());

            assertThat(due(classroom.assignmentId(), ada).dueAt()).isEqualTo(base);
            assertThat(due(classroom.assignmentId(), ada).source()).isEqualTo(Deadlines.Source.ASSIGNMENT);

            // 14 days after 1 March at 09:30 in New York (EDT since 14 March: UTC-4).
            deadlineService.setCohortDue(classroom.assignmentId(), march.id(), 14, LocalTime.of(9, 30));
            Instant cohortDue = Instant.parse("2027-03-15T13:30:00Z");
            assertThat(due(classroom.assignmentId(), ada))
                    .isEqualTo(new Deadlines.Deadline(cohortDue, Deadlines.Source.COHORT, null));
            assertThat(due(classroom.assignmentId(), cy).dueAt())
                    .as("not in the cohort")
                    .isEqualTo(base);

            Instant cohortExtended = Instant.parse("2027-03-20T12:00:00Z");
            deadlineService.grantExtension(
                    classroom.assignmentId(),
                    new DeadlineService.ExtensionForm(march.id(), null, cohortExtended, "Snow day"));
            assertThat(due(classroom.assignmentId(), bob))
                    .isEqualTo(new Deadlines.Deadline(cohortExtended, Deadlines.Source.COHORT_EXTENSION, "Snow day"));

            Instant own = Instant.parse("2027-03-25T12:00:00Z");
            deadlineService.grantExtension(
                    classroom.assignmentId(), new DeadlineService.ExtensionForm(null, ada, own, "Illness"));
            deadlineService.grantExtension(
                    classroom.assignmentId(), new DeadlineService.ExtensionForm(null, cy, own, "Travel"));
            var all = transactions.execute(status -> deadlines.dueFor(
                    assignments.findById(classroom.assignmentId()).orElseThrow(), List.of(ada, bob, cy)));
            assertThat(all.get(ada)).isEqualTo(new Deadlines.Deadline(own, Deadlines.Source.EXTENSION, "Illness"));
            assertThat(all.get(bob).source()).isEqualTo(Deadlines.Source.COHORT_EXTENSION);
            assertThat(all.get(cy).source()).isEqualTo(Deadlines.Source.EXTENSION);

            // Changing an extension keeps one per learner; revoking it falls back to the cohort's.
            long changed = deadlineService.grantExtension(
                    classroom.assignmentId(),
                    new DeadlineService.ExtensionForm(null, ada, own.plusSeconds(3600), "Illness, longer"));
            assertThat(due(classroom.assignmentId(), ada).dueAt()).isEqualTo(own.plusSeconds(3600));
            deadlineService.revokeExtension(changed);
            assertThat(due(classroom.assignmentId(), ada).source()).isEqualTo(Deadlines.Source.COHORT_EXTENSION);

            var listed = deadlineService.list(classroom.courseId());
            assertThat(listed).hasSize(1);
            assertThat(listed.getFirst().dueAt()).isEqualTo(base);
            assertThat(listed.getFirst().cohortDues())
                    .extracting(DeadlineService.CohortDue::cohortName, DeadlineService.CohortDue::dueAt)
                    .containsExactly(tuple("March", cohortDue));
            assertThat(listed.getFirst().extensions())
                    .extracting(DeadlineService.Extension::who, DeadlineService.Extension::reason)
                    .containsExactlyInAnyOrder(
                            tuple("March", "Snow day"),
                            tuple(classroom.student(2).displayName(), "Travel"));

            assertThatThrownBy(() -> deadlineService.grantExtension(
                            classroom.assignmentId(), new DeadlineService.ExtensionForm(null, ada, own, " ")))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("Give the reason for the extension.");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + org.schema() + ".audit_event where action = 'assignment.extension'",
                        Long.class))
                .isEqualTo(5);
    }

    @Test
    void an_instructor_of_another_course_finds_no_deadlines_and_can_grant_no_extension() {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var classroom = fixtures.classroom("deadlines-other", 1);
        organizations.addUser(classroom.org(), "other@example.com", GradingFixtures.PASSWORD, Role.INSTRUCTOR);
        var other = organizations.principal(classroom.org(), "other@example.com");
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(other);
            assertThatThrownBy(() -> deadlineService.list(classroom.courseId()))
                    .isInstanceOf(NoSuchItemException.class);
            assertThatThrownBy(() -> deadlineService.grantExtension(
                            classroom.assignmentId(),
                            new DeadlineService.ExtensionForm(
                                    null, classroom.student(0).id(), Instant.now(), "Because")))
                    .isInstanceOf(NoSuchItemException.class);
        });
    }
}
