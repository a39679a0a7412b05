package io.lyceum.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.IdentityEvents;
import io.lyceum.identity.InvitationCreated;
import io.lyceum.identity.MemberJoined;
import io.lyceum.identity.PasswordResetRequested;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.people.PeopleService;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Admins find members and invite new ones by mail (the link at hand as well), instructors within the plan. */
class PeopleViewTest extends KaribuTest {

    IdentityEvents events;

    @BeforeEach
    void recordMail() {
        events = IdentityEvents.record(context);
    }

    @AfterEach
    void stopRecording() {
        events.close();
    }

    @Autowired
    PeopleService people;

    @Autowired
    UserService members;

    @Test
    void an_admin_invites_an_instructor_and_gets_a_single_use_link_the_new_member_signs_in_with() {
        Tenant org = organizations.create("people");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/people");
        var view = _get(PeopleView.class);
        assertThat(GridKt._fetch(view.grid, 0, 10))
                .extracting(person -> person.member().email())
                .containsExactly("admin@example.com", "learner@example.com");
        _setValue(view.search, "learn");
        assertThat(GridKt._fetch(view.grid, 0, 10))
                .extracting(person -> person.member().email())
                .containsExactly("learner@example.com");

        _click(view.invite);
        var dialog = _get(PeopleView.InviteDialog.class);
        _setValue(dialog.name, "Ian Ingram");
        _setValue(dialog.email, "learner@example.com");
        _setValue(dialog.role, Role.INSTRUCTOR);
        _click(dialog.send);
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Someone with this email is already a member");
        assertThat(dialog.fallback.isVisible()).isFalse();

        _setValue(dialog.email, "ian@example.com");
        _click(dialog.send);
        assertThat(dialog.sent.getText())
                .isEqualTo("Invitation sent to ian@example.com. Its link works once and expires in 14 days.");
        // The link itself is at hand for the admin, should the mail not arrive.
        assertThat(dialog.fallback.isVisible()).isTrue();
        assertThat(dialog.fallback.getSummaryText()).isEqualTo("If the email does not arrive");
        assertThat(dialog.link.getValue()).startsWith("http://" + org.slug() + ".lyceum.localhost:8080/invite/");
        assertThat(events.of(org, InvitationCreated.class)).singleElement().satisfies(mail -> {
            assertThat(mail.email()).isEqualTo("ian@example.com");
            assertThat(mail.displayName()).isEqualTo("Ian Ingram");
            assertThat(mail.link()).isEqualTo(dialog.link.getValue());
        });
        String token = dialog.link.getValue().substring(dialog.link.getValue().lastIndexOf('/') + 1);
        members.acceptInvitation(token, "teach-well-2026");
        assertThat(members.findByEmail("ian@example.com").orElseThrow().roles()).containsExactly(Role.INSTRUCTOR);
        assertThat(events.of(org, MemberJoined.class))
                .extracting(MemberJoined::email)
                .contains("ian@example.com");
    }

    @Test
    void on_the_free_plan_a_second_instructor_is_refused_with_the_plans_reason() {
        Tenant free = organizations.create("peoplefree", "FREE");
        organizations.addUser(free, "first@example.com", "teach-well-2026", Role.INSTRUCTOR);
        openOn(free);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/people");
        _click(_get(PeopleView.class).invite);
        var dialog = _get(PeopleView.InviteDialog.class);
        assertThat(dialog.role.getHelperText())
                .isEqualTo("Your Free plan allows 1 instructor. Upgrade your plan to add more.");
        assertThat(dialog.role.getItemEnabledProvider().test(Role.INSTRUCTOR)).isFalse();
        assertThatThrownBy(() -> people.invite("Second", "second@example.com", Role.INSTRUCTOR))
                .isInstanceOf(PlanLimitException.class);
        assertThat(members.findByEmail("second@example.com")).isEmpty();
        // Students are not limited by the instructors' count.
        assertThat(people.invite("Student", "student@example.com", Role.STUDENT).token())
                .isNotBlank();
        assertThat(people.members("", PageRequest.of(0, 10)).getTotalElements()).isEqualTo(3);
    }

    @Test
    void in_german_the_page_its_dialogs_dates_and_plurals_are_german() {
        Tenant org = organizations.create("personen");
        organizations.addUser(org, "vergesslich@example.com", "old-password-11", Role.STUDENT);
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("admin/people");
        var view = _get(PeopleView.class);
        assertThat(view.getPageTitle()).isEqualTo("Personen");
        assertThat(view.invite.getText()).isEqualTo("Jemanden einladen");
        assertThat(view.grid.getColumns())
                .extracting(column -> column.getHeaderText())
                .contains("Name", "E-Mail", "Rollen", "Mitglied seit");
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .contains("Administration")
                .anySatisfy(cell -> assertThat(cell).matches("\\d{2}\\.\\d{2}\\.\\d{4}"));

        var member = GridKt._fetch(view.grid, 0, 10).stream()
                .map(PeopleService.Person::member)
                .filter(user -> user.email().equals("vergesslich@example.com"))
                .findFirst()
                .orElseThrow();
        view.confirmPasswordLink(member);
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("innerhalb von 24 Stunden");
        assertThat(confirm.getElement().getProperty("message"))
                .startsWith("Wir senden der Person per E-Mail einen Link");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sent-notice"))
                        .getText())
                .isEqualTo(
                        "Wir haben einen Link zum Setzen eines neuen Passworts an vergesslich@example.com gesendet.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Link zum Setzen eines neuen Passworts"))
                        .getHelperText())
                .isEqualTo("Senden Sie ihn selbst an vergesslich@example.com: Er funktioniert einmal.");

        _click(view.invite);
        var dialog = _get(PeopleView.InviteDialog.class);
        assertThat(dialog.role.getLabel()).isEqualTo("Rolle");
        assertThat(dialog.role.getItemLabelGenerator().apply(Role.STUDENT)).isEqualTo("Lernende");
        _setValue(dialog.name, "Ida Ingram");
        _setValue(dialog.email, "ida@example.com");
        _click(dialog.send);
        assertThat(dialog.sent.getText()).startsWith("Einladung an ida@example.com gesendet.");
        assertThat(dialog.link.getHelperText())
                .isEqualTo("Senden Sie diesen Link an Ida Ingram. Damit wird das Passwort gesetzt;"
                        + " er funktioniert einmal und läuft in 14 Tagen ab.");
    }

    @Test
    void students_cannot_open_the_people_page() {
        Tenant org = organizations.create("peoplestudent");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        openOn(org);
        signIn("learner@example.com");
        navigate("admin/people");
        assertThat(currentView()).isNotEqualTo(PeopleView.class);
    }

    @Test
    void an_admin_makes_a_link_for_a_member_to_set_a_new_password() {
        Tenant org = organizations.create("peoplereset");
        organizations.addUser(org, "forgetful@example.com", "old-password-11", Role.STUDENT);
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/people");
        var view = _get(PeopleView.class);
        var member = GridKt._fetch(view.grid, 0, 10).stream()
                .map(PeopleService.Person::member)
                .filter(user -> user.email().equals("forgetful@example.com"))
                .findFirst()
                .orElseThrow();
        view.confirmPasswordLink(member);
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("We email them a link to set a new password. It works once, within 24 hours; links made"
                        + " before stop working.");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sent-notice"))
                        .getText())
                .isEqualTo("We sent a link to set a new password to forgetful@example.com.");
        var link = _get(TextField.class, spec -> spec.withLabel("Link to set a new password"))
                .getValue();
        assertThat(link).startsWith("http://" + org.slug() + ".lyceum.localhost:8080/reset-password/");
        assertThat(events.of(org, PasswordResetRequested.class)).singleElement().satisfies(mail -> {
            assertThat(mail.email()).isEqualTo("forgetful@example.com");
            assertThat(mail.link()).isEqualTo(link);
        });

        members.acceptInvitation(link.substring(link.lastIndexOf('/') + 1), "new-password-22");
        assertThatThrownBy(() -> members.acceptInvitation(link.substring(link.lastIndexOf('/') + 1), "again-333333"))
                .hasMessageContaining("not valid any more");
    }
}
