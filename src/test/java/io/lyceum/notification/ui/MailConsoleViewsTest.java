package io.lyceum.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.KaribuTest;
import io.lyceum.notification.MailConsole.DevMailRow;
import io.lyceum.notification.MailConsole.FailureRow;
import io.lyceum.notification.MailConsole.UsageRow;
import io.lyceum.notification.TestMail;
import io.lyceum.tenancy.Tenant;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without an SMTP server (the default), mail is kept in the console's dev mailbox, where staff read it
 * rendered; the console's mail page shows monthly counts and failures, and retries one.
 */
class MailConsoleViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private void awaitDevMail(Tenant tenant, int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from platform.dev_mail where organization_id = ?",
                                Integer.class,
                                tenant.id())
                        == count);
    }

    @Test
    void staff_read_each_organizations_mail_in_the_dev_mailbox_rendered_in_a_sandbox() {
        Tenant acme = TestMail.quiet(context, organizations.create("devmailacme"));
        Tenant globex = TestMail.quiet(context, organizations.create("devmailglobex"));
        TestMail.queue(context, acme, "COURSE_REMINDER", "same@example.com", "Acme <b>reminder</b>");
        TestMail.queue(context, globex, "COURSE_REMINDER", "same@example.com", "Globex reminder");
        awaitDevMail(acme, 1);
        awaitDevMail(globex, 1);
        assertThat(jdbc.queryForObject("select status from " + acme.schema() + ".mail_message", String.class))
                .isEqualTo("SENT");

        openOn(null);
        signInAsStaff();
        navigate("console/mailbox");
        var page = _get(DevMailboxView.class);
        _get(RouterLink.class, spec -> spec.withText("Dev mailbox"));

        assertThat(GridKt._fetch(page.messages, 0, 500))
                .extracting(DevMailRow::organization)
                .contains(acme.slug(), globex.slug());
        page.organization.setValue(acme.slug());
        var acmeMail = GridKt._fetch(page.messages, 0, 500);
        assertThat(acmeMail).singleElement().satisfies(row -> {
            assertThat(row.subject()).isEqualTo("Acme <b>reminder</b>");
            assertThat(row.to()).isEqualTo("same@example.com");
        });
        assertThat(page.message.isVisible()).isFalse();

        page.messages.select(acmeMail.getFirst());
        assertThat(page.message.isVisible()).isTrue();
        assertThat(page.subject.getText()).isEqualTo("Acme <b>reminder</b>");
        assertThat(page.rendered.getElement().getAttribute("srcdoc"))
                .contains("<h1 style=\"color:#123456\">Acme <b>reminder</b></h1>");
        assertThat(page.rendered.getElement().getAttribute("sandbox"))
                .as("sandboxed, without allow-scripts")
                .isEmpty();
        assertThat(page.text.getText()).contains("Hello Zoë");
        assertThat(page.headers.getText())
                .contains("List-Unsubscribe: <http://" + acme.slug() + ".lyceum.localhost:8080/mail/unsubscribe?token=")
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
                .contains("Message-ID: <");
    }

    @Test
    void staff_see_monthly_counts_and_failures_and_a_confirmed_retry_sends_the_message_again() {
        Tenant acme = TestMail.quiet(context, organizations.create("mailconsole"));
        TestMail.queue(context, acme, "WELCOME", "welcome@example.com", "Welcome to Acme");
        awaitDevMail(acme, 1);
        // As the dispatcher leaves a message after its last attempt (SMTP refused it every time).
        long id = jdbc.queryForObject("select id from " + acme.schema() + ".mail_message", Long.class);
        jdbc.update("update " + acme.schema()
                + ".mail_message set status = 'FAILED', attempts = 8, last_error = 'Connection refused'");
        jdbc.update(
                "insert into platform.mail_failure (organization_id, message_id, kind, subject, last_error)"
                        + " values (?, ?, 'WELCOME', 'Welcome to Acme', 'Connection refused')",
                acme.id(),
                id);

        openOn(null);
        signInAsStaff();
        navigate("console/mail");
        var page = _get(ConsoleMailView.class);
        _get(RouterLink.class, spec -> spec.withText("Mail"));
        assertThat(GridKt._fetch(page.usage, 0, 1000))
                .filteredOn(row -> row.organizationId() == acme.id())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.queued()).isEqualTo(1);
                    assertThat(row.sent()).isEqualTo(1);
                });
        FailureRow failure = GridKt._fetch(page.failures, 0, 1000).stream()
                .filter(row -> row.organizationId() == acme.id())
                .findFirst()
                .orElseThrow();
        assertThat(failure.subject()).isEqualTo("Welcome to Acme");
        assertThat(failure.lastError()).isEqualTo("Connection refused");

        page.confirmRetry(failure);
        var dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Send the message again?");
        ConfirmDialogKt._fireConfirm(dialog);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "SENT"
                        .equals(jdbc.queryForObject(
                                "select status from " + acme.schema() + ".mail_message", String.class)));
        assertThat(GridKt._fetch(page.failures, 0, 1000)).noneMatch(row -> row.organizationId() == acme.id());
        assertThat(GridKt._fetch(page.usage, 0, 1000))
                .filteredOn(row -> row.organizationId() == acme.id())
                .extracting(UsageRow::queued)
                .containsExactly(2);
    }
}
