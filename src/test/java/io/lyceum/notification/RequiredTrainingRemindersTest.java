package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.compliance.Audience;
import io.lyceum.compliance.RequiredTrainings;
import io.lyceum.compliance.TrainingForm;
import io.lyceum.identity.Role;
import io.lyceum.reporting.ReportData;
import io.lyceum.tenancy.Tenant;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Required training's reminders in the daily sweep: once before the due date, once after it, never
 * twice for the same period however often the sweep runs, and only to the organization's own people.
 */
@LyceumIntegrationTest
class RequiredTrainingRemindersTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    RequiredTrainings trainings;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    Tenant acme;
    long course;
    long training;

    @BeforeEach
    void organization() {
        acme = organizations.create("acme");
        var data = new ReportData(jdbc, acme);
        course = data.course("Data protection <basics>");
        data.module(course);
        organizations.addUser(acme, "learner@example.com", "quiet-river-2026", Role.STUDENT);
        LocalDate inThreeDays = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        training = TestOrganizations.asAdmin(
                acme,
                () -> trainings.assign(new TrainingForm(course, Audience.ROLE, "STUDENT", inThreeDays, null, null)));
    }

    private List<String> mailsTo(String email, String kind) {
        return jdbc.queryForList(
                "select subject from \"" + acme.schema() + "\".mail_message where to_address = ? and kind = ?",
                String.class,
                email,
                kind);
    }

    @Test
    void a_reminder_goes_once_before_the_due_date_and_once_after_it() {
        assertThat(reminders.sweep(acme).requiredReminders()).isEqualTo(1);
        assertThat(reminders.sweep(acme).requiredReminders()).isZero();
        assertThat(mailsTo("learner@example.com", "REQUIRED_TRAINING_DUE"))
                .singleElement()
                .asString()
                .startsWith("“Data protection <basics>” is due on");

        jdbc.update(
                "update \"" + acme.schema() + "\".required_training set due_on = ? where id = ?",
                Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(2)),
                training);
        assertThat(reminders.sweep(acme).requiredReminders()).isEqualTo(1);
        assertThat(reminders.sweep(acme).requiredReminders()).isZero();
        assertThat(mailsTo("learner@example.com", "REQUIRED_TRAINING_OVERDUE")).hasSize(1);
        String html = jdbc.queryForObject(
                "select html from \"" + acme.schema() + "\".mail_message where kind = 'REQUIRED_TRAINING_OVERDUE'",
                String.class);
        assertThat(html).contains("Data protection &lt;basics&gt;").doesNotContain("<basics>");
        assertThat(html).contains("2 days ago");
    }

    @Test
    void someone_who_completed_the_course_is_not_reminded() {
        long learner = jdbc.queryForObject(
                "select id from \"" + acme.schema() + "\".app_user where email = 'learner@example.com'", Long.class);
        new ReportData(jdbc, acme).enroll(learner, course, Instant.now(), Instant.now(), "COMPLETED");
        assertThat(reminders.sweep(acme).requiredReminders()).isZero();
    }

    @Test
    void globexs_sweep_never_reminds_acmes_people() {
        Tenant globex = organizations.create("globex");
        assertThat(reminders.sweep(globex).requiredReminders()).isZero();
        assertThat(reminders.sweep(acme).requiredReminders()).isEqualTo(1);
    }
}
