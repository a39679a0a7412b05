package io.lyceum.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Div;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.notification.MailPreferences;
import io.lyceum.notification.TestMail;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A member chooses the organization's notifications; anyone with a link unsubscribes; admins see held mail. */
class MailPreferencesViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailPreferences preferences;

    private static boolean notified(String text) {
        return NotificationsKt.getNotifications().stream()
                .anyMatch(n -> n.getElement().getProperty("text", "").contains(text));
    }

    @Test
    void a_member_turns_a_kind_of_notification_off_on_their_page_and_it_is_no_longer_sent() {
        Tenant acme = TestMail.quiet(context, organizations.create("prefsacme"));
        Tenant globex = TestMail.quiet(context, organizations.create("prefsglobex"));
        organizations.addUser(acme, "sam@example.com", "student-pass-2026", Role.STUDENT);
        organizations.addUser(globex, "sam@example.com", "student-pass-2026", Role.STUDENT);
        openOn(acme);
        signIn("sam@example.com");

        navigate("account/notifications");
        var page = _get(NotificationPreferencesView.class);
        assertThat(page.kinds)
                .containsOnlyKeys(
                        "WELCOME",
                        "ENROLLMENT_CONFIRMED",
                        "COURSE_REMINDER",
                        "COURSE_COMPLETED",
                        "CERTIFICATE_EXPIRING",
                        "REQUIRED_TRAINING_DUE",
                        "REQUIRED_TRAINING_OVERDUE",
                        "GRADE_RELEASED");
        assertThat(page.kinds.values()).allMatch(box -> box.getValue());
        assertThat(page.kinds.get("GRADE_RELEASED").getLabel()).isEqualTo("Grades released");
        assertThat(page.kinds.get("COURSE_REMINDER").getLabel()).isEqualTo("Course reminders");
        assertThat(page.kinds.get("REQUIRED_TRAINING_OVERDUE").getLabel()).isEqualTo("Required training overdue");

        page.kinds.get("COURSE_REMINDER").setValue(false);
        assertThat(notified("Course reminders: off")).isTrue();
        navigate("learn");
        navigate("account/notifications");
        assertThat(_get(NotificationPreferencesView.class)
                        .kinds
                        .get("COURSE_REMINDER")
                        .getValue())
                .isFalse();

        TestMail.queue(context, acme, "COURSE_REMINDER", "sam@example.com", "Acme reminder");
        TestMail.queue(context, acme, "INVITATION", "sam@example.com", "Acme invitation");
        TestMail.queue(context, globex, "COURSE_REMINDER", "sam@example.com", "Globex reminder");
        assertThat(jdbc.queryForList(
                        "select subject || ' ' || status from " + acme.schema()
                                + ".mail_message where kind <> 'WELCOME' order by id",
                        String.class))
                .first()
                .isEqualTo("Acme reminder SUPPRESSED");
        assertThat(jdbc.queryForObject(
                        "select status from " + acme.schema() + ".mail_message where subject = 'Acme invitation'",
                        String.class))
                .as("essential mail goes whatever the choice")
                .isIn("QUEUED", "SENDING", "SENT");
        assertThat(jdbc.queryForObject(
                        "select status from " + globex.schema() + ".mail_message where kind <> 'WELCOME'",
                        String.class))
                .as("globex's mail to the same address is globex's choice")
                .isIn("QUEUED", "SENDING", "SENT");
        // In globex, the same address still wants everything.
        TenantContext.clear();
        openOn(globex);
        signIn("sam@example.com");
        assertThat(preferences.mine()).allMatch(MailPreferences.Preference::wanted);
    }

    @Test
    void instructors_also_choose_whether_they_hear_of_submissions_to_grade() {
        Tenant acme = TestMail.quiet(context, organizations.create("prefsteach"));
        organizations.addUser(acme, "teacher@example.com", "chalk-board-55", Role.INSTRUCTOR);
        openOn(acme);
        signIn("teacher@example.com");

        navigate("account/notifications");
        var box = _get(NotificationPreferencesView.class).kinds.get("SUBMISSION_TO_GRADE");
        assertThat(box.getLabel()).isEqualTo("Submissions to grade");
        assertThat(box.getValue()).as("on unless turned off").isTrue();

        box.setValue(false);
        assertThat(notified("Submissions to grade: off")).isTrue();
        assertThat(jdbc.queryForList(
                        "select email || ' ' || kind from " + acme.schema() + ".mail_opt_out", String.class))
                .containsExactly("teacher@example.com SUBMISSION_TO_GRADE");
    }

    @Test
    void the_unsubscribe_link_asks_before_it_unsubscribes_without_sign_in() {
        Tenant acme = TestMail.quiet(context, organizations.create("unsubpage"));
        TestMail.queue(context, acme, "COURSE_COMPLETED", "visitor@example.com", "Well done");
        String url =
                jdbc.queryForObject("select list_unsubscribe from " + acme.schema() + ".mail_message", String.class);
        String pathAndQuery = url.substring(url.indexOf("mail/unsubscribe"));
        openOn(acme);

        navigate(pathAndQuery);
        var page = _get(UnsubscribeView.class);
        assertThat(page.question.getText()).isEqualTo("Stop sending Course completed to visitor@example.com?");
        assertThat(TestOrganizations.asAdmin(
                        acme,
                        () -> jdbc.queryForList("select kind from " + acme.schema() + ".mail_opt_out", String.class)))
                .isEmpty();

        _click(page.confirm);
        assertThat(page.done.isAttached()).isTrue();
        assertThat(jdbc.queryForList(
                        "select email || ' ' || kind from " + acme.schema() + ".mail_opt_out", String.class))
                .containsExactly("visitor@example.com COURSE_COMPLETED");

        navigate("mail/unsubscribe?token=not-a-token&kind=COURSE_COMPLETED");
        assertThat(_get(UnsubscribeView.class).notValid.isAttached()).isTrue();
        navigate(pathAndQuery.replace("COURSE_COMPLETED", "PASSWORD_RESET"));
        assertThat(_get(UnsubscribeView.class).notValid.isAttached())
                .as("essential mail cannot be unsubscribed")
                .isTrue();
    }

    @Test
    void admins_see_on_every_page_that_mail_is_held_and_where_to_verify_a_domain() {
        Tenant acme = TestMail.quiet(context, organizations.create("heldnotice"));
        organizations.addUser(acme, "teacher@example.com", "chalk-board-55", Role.INSTRUCTOR);
        jdbc.update(
                "insert into " + acme.schema() + ".mail_message (kind, to_address, locale, subject, html, text_body,"
                        + " status, hold_reason, message_id) select 'WELCOME', 'held' || n || '@example.com', 'en', 'Held', '',"
                        + " '', 'HELD', 'DOMAIN', '<held-' || n || '-' || ? || '>' from generate_series(1, 3) n",
                acme.slug());

        openOn(acme);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("learn");
        var notice = _get(Div.class, spec -> spec.withClasses("held-mail-notice"));
        assertThat(notice.getElement().getTextRecursively())
                .contains("3 messages are held")
                .contains("Verify your own sender domain");
        assertThat(notice.getElement().getChild(2).getAttribute("href")).isEqualTo("admin/email/domain");

        tearDownVaadin();
        openOn(acme);
        signIn("teacher@example.com");
        navigate("learn");
        assertThat(_find(Div.class, spec -> spec.withClasses("held-mail-notice")))
                .isEmpty();
    }
}
