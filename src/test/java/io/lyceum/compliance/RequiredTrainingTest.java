package io.lyceum.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.i18n.Translations;
import io.lyceum.identity.Role;
import io.lyceum.learning.RequiredCourses;
import io.lyceum.reporting.ReportData;
import io.lyceum.tenancy.Tenant;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Required training: who is assigned, when each person's course is due, the status computed in SQL at
 * fixed dates, recurrence with certificates, enrolling within the plan, audit, and two organizations
 * apart.
 */
@LyceumIntegrationTest
class RequiredTrainingTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    RequiredTrainings trainings;

    @Autowired
    TrainingEnrollments enrollments;

    @Autowired
    Translations translations;

    @Autowired
    JdbcTemplate jdbc;

    Tenant acme;
    ReportData data;
    long course;

    @BeforeEach
    void organization() {
        acme = organizations.create("acme");
        data = new ReportData(jdbc, acme);
        course = data.course("Fire safety");
        data.module(course);
    }

    private long assign(Tenant tenant, TrainingForm form) {
        return TestOrganizations.asAdmin(tenant, () -> trainings.assign(form));
    }

    private PersonStatus statusOf(long training, String email, LocalDate today) {
        return TestOrganizations.asAdmin(acme, () -> trainings.people(training, null, 0, 100, today)).stream()
                .filter(person -> person.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql.replace("$", "\"" + acme.schema() + "\"."), Long.class);
    }

    @Test
    void assigned_to_a_role_a_new_member_of_it_is_enrolled_and_due_days_after_joining() {
        long training = assign(acme, new TrainingForm(course, Audience.ROLE, "STUDENT", null, 30, null));
        organizations.addUser(acme, "new@example.com", "quiet-river-2026", Role.STUDENT);
        organizations.addUser(acme, "teacher@example.com", "quiet-river-2026", Role.INSTRUCTOR);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var person = statusOf(training, "new@example.com", today);
        assertThat(person.dueOn()).isEqualTo(today.plusDays(30));
        assertThat(person.status()).isEqualTo(TrainingStatus.NOT_STARTED);
        assertThat(count("select count(*) from $enrollment e join $app_user u on u.id = e.user_id"
                        + " where u.email = 'new@example.com' and e.course_id = " + course))
                .isEqualTo(1);
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.people(training, null, 0, 100)))
                .extracting(PersonStatus::email)
                .containsExactly("new@example.com");
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.assignment(training))
                        .orElseThrow()
                        .people())
                .isEqualTo(1);
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.countPeople(training, TrainingStatus.NOT_STARTED)))
                .isEqualTo(1);
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.countPeople(null, TrainingStatus.NOT_STARTED)))
                .isEqualTo(1);
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.countPeople(null, TrainingStatus.DONE)))
                .isZero();
    }

    @Test
    void a_cohort_holds_members_filed_in_it_and_learners_enrolled_with_it() {
        long filed = data.user("filed@example.com");
        jdbc.update("update \"" + acme.schema() + "\".app_user set cohort = 'Autumn 2026' where id = ?", filed);
        long enrolled = data.user("enrolled@example.com");
        long other = data.course("Welcome");
        long enrollment = data.enroll(enrolled, other, Instant.now(), null, "ACTIVE");
        // The course's cohort of that name, as the enrollment import makes it.
        long cohort = jdbc.queryForObject(
                "insert into \"" + acme.schema()
                        + "\".cohort (course_id, name, created_at) values (?, 'Autumn 2026', now()) returning id",
                Long.class,
                other);
        jdbc.update("update \"" + acme.schema() + "\".enrollment set cohort_id = ? where id = ?", cohort, enrollment);
        data.user("outside@example.com");
        long training = assign(acme, new TrainingForm(course, Audience.COHORT, "Autumn 2026", null, 30, null));
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.people(training, null, 0, 10)))
                .extracting(PersonStatus::email)
                .containsExactlyInAnyOrder("filed@example.com", "enrolled@example.com");
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.cohorts())).containsExactly("Autumn 2026");
    }

    @Test
    void the_badge_says_due_in_5_days_then_overdue_by_2_days_then_done() {
        long learner = data.user("learner@example.com");
        long training = assign(
                acme, new TrainingForm(course, Audience.EVERYONE, null, LocalDate.parse("2026-06-20"), null, null));

        var before = TestOrganizations.asAdmin(
                acme, () -> trainings.of(learner, List.of(course), LocalDate.parse("2026-06-15")));
        assertThat(before).singleElement().satisfies(status -> {
            assertThat(status.status()).isEqualTo(TrainingStatus.DUE_SOON);
            assertThat(status.days()).isEqualTo(5);
        });
        var due = RequiredCoursesOfMine.requirement(before.getFirst());
        assertThat(due.standing()).isEqualTo(RequiredCourses.Standing.DUE);
        assertThat(translations.getTranslation("required.badge.due", Locale.ENGLISH, due.days()))
                .isEqualTo("Required — due in 5 days");
        assertThat(translations.getTranslation("required.badge.due", Locale.GERMAN, due.days()))
                .isEqualTo("Pflicht — fällig in 5 Tagen");
        assertThat(translations.getTranslation("required.badge.due", Locale.ENGLISH, 1L))
                .isEqualTo("Required — due in 1 day");

        var after = statusOf(training, "learner@example.com", LocalDate.parse("2026-06-22"));
        assertThat(after.status()).isEqualTo(TrainingStatus.OVERDUE);
        assertThat(after.days()).isEqualTo(2);
        assertThat(translations.getTranslation("required.badge.overdue", Locale.ENGLISH, after.days()))
                .isEqualTo("Required — overdue by 2 days");
        assertThat(translations.getTranslation("required.badge.overdue", Locale.GERMAN, after.days()))
                .isEqualTo("Pflicht — seit 2 Tagen überfällig");

        // Far from the due date, a course not begun is just that.
        assertThat(statusOf(training, "learner@example.com", LocalDate.parse("2026-05-01"))
                        .status())
                .isEqualTo(TrainingStatus.NOT_STARTED);

        data.enroll(
                learner,
                course,
                Instant.parse("2026-06-01T10:00:00Z"),
                Instant.parse("2026-06-21T10:00:00Z"),
                "COMPLETED");
        var done = statusOf(training, "learner@example.com", LocalDate.parse("2026-06-22"));
        assertThat(done.status()).isEqualTo(TrainingStatus.DONE);
        assertThat(RequiredCoursesOfMine.requirement(done).standing()).isEqualTo(RequiredCourses.Standing.DONE);
        assertThat(translations.getTranslation("required.badge.done", Locale.ENGLISH))
                .isEqualTo("Required — done");
    }

    @Test
    void a_recurring_course_is_due_again_when_its_certificate_expires() {
        long recertify = data.course("Forklift licence", 12);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        long training = assign(acme, new TrainingForm(recertify, Audience.EVERYONE, null, null, 30, 12));

        long expired = data.user("expired@example.com");
        long e1 = data.enroll(expired, recertify, longAgo, longAgo, "COMPLETED");
        data.certificate(e1, expired, recertify, longAgo, today.minusDays(10), false);
        long valid = data.user("valid@example.com");
        long e2 = data.enroll(valid, recertify, longAgo, longAgo, "COMPLETED");
        data.certificate(e2, valid, recertify, longAgo, today.plusDays(100), false);
        long expiring = data.user("expiring@example.com");
        long e3 = data.enroll(expiring, recertify, longAgo, longAgo, "COMPLETED");
        data.certificate(e3, expiring, recertify, longAgo, today.plusDays(5), false);

        var again = statusOf(training, "expired@example.com", today);
        assertThat(again.status()).isEqualTo(TrainingStatus.OVERDUE);
        assertThat(again.dueOn()).isEqualTo(today.minusDays(10));
        assertThat(statusOf(training, "valid@example.com", today).status()).isEqualTo(TrainingStatus.DONE);
        var soon = statusOf(training, "expiring@example.com", today);
        assertThat(soon.status()).isEqualTo(TrainingStatus.DUE_SOON);
        assertThat(soon.dueOn()).isEqualTo(today.plusDays(5));

        // Without a certificate, every N months after the completion.
        long plain = data.course("Code of conduct");
        long yearly = assign(acme, new TrainingForm(plain, Audience.EVERYONE, null, null, 30, 12));
        long member = data.user("plain@example.com");
        data.enroll(member, plain, longAgo, longAgo, "COMPLETED");
        var yearlyStatus = statusOf(yearly, "plain@example.com", today);
        assertThat(yearlyStatus.status()).isEqualTo(TrainingStatus.OVERDUE);
        assertThat(yearlyStatus.dueOn())
                .isEqualTo(LocalDate.ofInstant(longAgo, ZoneOffset.UTC).plusMonths(12));
    }

    @Test
    void enrolling_beyond_the_plans_student_limit_is_refused_per_person() {
        Tenant small = organizations.create("small", "FREE");
        var smallData = new ReportData(jdbc, small);
        long other = smallData.course("Other");
        long required = smallData.course("Required");
        smallData.module(required);
        for (int i = 0; i < 50; i++) {
            smallData.enroll(smallData.user("s" + i + "@example.com"), other, Instant.now(), null, "ACTIVE");
        }
        smallData.user("late1@example.com");
        smallData.user("late2@example.com");
        long training = assign(small, new TrainingForm(required, Audience.EVERYONE, null, null, 30, null));

        var outcome = TestOrganizations.asAdmin(small, () -> enrollments.enrollAssigned(training));
        assertThat(outcome.enrolled()).isEqualTo(50);
        assertThat(outcome.refused()).hasSize(3); // the two late members and the admin
        assertThat(outcome.refused())
                .allSatisfy(refusal -> assertThat(refusal.reason()).isNotBlank());
        assertThat(TestOrganizations.asAdmin(small, () -> trainings.people(training, null, 0, 100)).stream()
                        .filter(person -> person.refusal() != null)
                        .map(PersonStatus::email))
                .contains("late1@example.com", "late2@example.com");
    }

    @Test
    void assignments_are_validated_and_audited() {
        assertThatThrownBy(
                        () -> assign(acme, new TrainingForm(course, Audience.EVERYONE, null, LocalDate.now(), 5, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> assign(acme, new TrainingForm(course, Audience.ROLE, null, null, 5, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> assign(acme, new TrainingForm(course, Audience.ROLE, "WIZARD", null, 5, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> assign(acme, new TrainingForm(course, Audience.EVERYONE, null, null, 0, null)))
                .isInstanceOf(ConstraintViolationException.class);

        long training = assign(acme, new TrainingForm(course, Audience.COHORT, "Spring 2026", null, 5, null));
        assertThatThrownBy(() -> assign(acme, new TrainingForm(course, Audience.COHORT, "Spring 2026", null, 9, null)))
                .isInstanceOf(TrainingException.class);
        TestOrganizations.asAdmin(acme, () -> {
            trainings.change(training, new TrainingForm(course, Audience.COHORT, "Spring 2026", null, 9, 6));
            trainings.remove(training);
            return null;
        });
        assertThat(jdbc.queryForList(
                        "select action from \"" + acme.schema()
                                + "\".audit_event where action like 'required-training.%'" + " order by id",
                        String.class))
                .containsExactly(
                        "required-training.assigned", "required-training.changed", "required-training.removed");
    }

    @Test
    void acme_never_counts_shows_or_changes_globexs_required_training() {
        Tenant globex = organizations.create("globex");
        var globexData = new ReportData(jdbc, globex);
        globexData.course("Globex filler");
        long globexCourse = globexData.course("Globex only");
        globexData.user("g@example.com");
        long globexTraining = assign(globex, new TrainingForm(globexCourse, Audience.EVERYONE, null, null, 3, null));
        assign(globex, new TrainingForm(globexData.course("Another"), Audience.EVERYONE, null, null, 3, null));
        long globexSecond = globexTraining + 1;

        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.count())).isZero();
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.summary()).values())
                .allMatch(n -> n == 0);
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.assignment(globexSecond)))
                .isEmpty();
        assertThat(TestOrganizations.asAdmin(acme, () -> trainings.people(globexSecond, null, 0, 10)))
                .isEmpty();
        assertThatThrownBy(() -> TestOrganizations.asAdmin(acme, () -> enrollments.enrollAssigned(globexSecond)))
                .isInstanceOf(NoSuchTrainingException.class);
        assertThatThrownBy(() -> TestOrganizations.asAdmin(acme, () -> {
                    trainings.remove(globexSecond);
                    return null;
                }))
                .isInstanceOf(NoSuchTrainingException.class);
        // A course id of globex's is not acme's to require.
        assertThatThrownBy(
                        () -> assign(acme, new TrainingForm(globexCourse + 10, Audience.EVERYONE, null, null, 3, null)))
                .isInstanceOf(TrainingException.class);
        assertThat(TestOrganizations.asAdmin(globex, () -> trainings.countPeople(null, null)))
                .isEqualTo(4);
    }
}
