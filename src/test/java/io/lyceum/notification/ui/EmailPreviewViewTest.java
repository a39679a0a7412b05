package io.lyceum.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.notification.MailPreviews;
import io.lyceum.tenancy.Tenant;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The admins' mail preview: every message, either language, in the organization's branding. */
class EmailPreviewViewTest extends KaribuTest {

    @Test
    void an_admin_previews_every_message_in_both_languages_in_the_organizations_colour() {
        Tenant org = organizations.brand(organizations.create("mailpreview"), "#0a7d4f");
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);

        navigate("admin/email");
        var page = _get(EmailPreviewView.class);
        assertThat(page.senderDomain.getHref()).isEqualTo("/admin/email/domain");
        var templates = page.template.getListDataView().getItems().toList();
        assertThat(templates).hasSize(13);

        String host = "http://" + org.slug() + ".lyceum.localhost:8080/";
        for (MailPreviews.Template template : templates) {
            for (Locale language : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
                page.template.setValue(template);
                page.language.setValue(language);
                String srcdoc = page.html.getElement().getAttribute("srcdoc");
                var html = Jsoup.parse(srcdoc);
                assertThat(page.subject.getText()).as(template.key()).isNotBlank();
                assertThat(html.title()).isEqualTo(page.subject.getText());
                assertThat(html.text()).contains(org.name());
                assertThat(srcdoc).contains("background-color:#0a7d4f");
                assertThat(html.select("a[href]").eachAttr("href")).allMatch(link -> link.startsWith(host));
                assertThat(page.text.getText()).contains(host);
                assertThat(html.select("html").attr("lang")).isEqualTo(language.getLanguage());
            }
        }
        // Scripts never run in the frame, nor does it reach the page.
        String sandbox = page.html.getElement().getAttribute("sandbox");
        assertThat(sandbox).isNotNull().doesNotContain("allow-scripts", "allow-same-origin");

        page.language.setValue(Locale.GERMAN);
        page.template.setValue(templates.stream()
                .filter(template -> template.key().equals("enrollment-confirmed"))
                .findFirst()
                .orElseThrow());
        assertThat(page.subject.getText()).isEqualTo("Sie sind in Einführung in den Datenschutz eingeschrieben");
        assertThat(page.optOut.getText()).startsWith("Optional");
    }

    @Test
    void a_student_cannot_open_the_preview() {
        Tenant org = organizations.create("mailpreviewstudent");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        openOn(org);
        signIn("learner@example.com");

        navigate("admin/email");
        assertThat(currentView()).isNotEqualTo(EmailPreviewView.class);
    }
}
