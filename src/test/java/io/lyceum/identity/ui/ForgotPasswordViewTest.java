package io.lyceum.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.KaribuTest;
import io.lyceum.identity.IdentityEvents;
import io.lyceum.identity.PasswordResetRequested;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login page's "Forgot your password?" and the page it leads to, in English and German. */
class ForgotPasswordViewTest extends KaribuTest {

    IdentityEvents events;
    Tenant org;

    @BeforeEach
    void member() {
        events = IdentityEvents.record(context);
        org = organizations.create("forgot");
        organizations.addUser(org, "owner@example.com", "old-password-1", Role.STUDENT);
    }

    @AfterEach
    void stopRecording() {
        events.close();
    }

    private String ask(String email) {
        navigate("forgot-password");
        var view = _get(ForgotPasswordView.class);
        _setValue(view.email, email);
        _click(view.send);
        return view.answer.getText();
    }

    @Test
    void the_login_page_of_an_organization_leads_to_it_the_staff_login_does_not() {
        openOn(org);
        navigate("login");
        var login = _get(LoginView.class);
        assertThat(login.form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(String.valueOf(login.form.getElement().getPropertyRaw("i18n")))
                .contains("\"forgotPassword\":\"Forgot your password?\"");
        ComponentUtil.fireEvent(login.form, new AbstractLogin.ForgotPasswordEvent(login.form, true));
        assertThat(currentView()).isEqualTo(ForgotPasswordView.class);

        openOn(null);
        navigate("login");
        assertThat(_get(LoginView.class).form.isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void a_member_and_a_stranger_read_the_same_answer_and_only_the_member_gets_a_link() {
        openOn(org);
        String stranger = ask("nobody@example.com");
        String member = ask("owner@example.com");
        assertThat(member)
                .isEqualTo(stranger.replace("nobody@example.com", "owner@example.com"))
                .isEqualTo("If an account exists for owner@example.com, we sent a link to that address to set a new"
                        + " password. The link works once, within 1 hour. Nothing arrived? Look in your spam folder,"
                        + " or ask again.");
        var view = _get(ForgotPasswordView.class);
        assertThat(view.email.isAttached())
                .as("the form gives way to the answer")
                .isFalse();
        assertThat(_get(RouterLink.class, spec -> spec.withText("Back to sign in"))
                        .getHref())
                .isEqualTo("login");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(events.of(org, PasswordResetRequested.class))
                        .singleElement()
                        .satisfies(sent -> assertThat(sent.email()).isEqualTo("owner@example.com")));
    }

    @Test
    void a_malformed_email_is_refused_next_to_the_field() {
        openOn(org);
        navigate("forgot-password");
        var view = _get(ForgotPasswordView.class);
        _setValue(view.email, "not-an-email");
        _click(view.send);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.isAttached()).isTrue();
        assertThat(view.answer.isAttached()).isFalse();
    }

    @Test
    void in_german_the_page_its_answer_and_its_refusal_are_german() {
        openOn(org);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("forgot-password");
        var view = _get(ForgotPasswordView.class);
        assertThat(view.getPageTitle()).isEqualTo("Passwort vergessen? · Lyceum");
        assertThat(view.email.getLabel()).isEqualTo("E-Mail-Adresse");
        assertThat(view.send.getText()).isEqualTo("Link senden");
        assertThat(ask("vergesslich@example.com"))
                .startsWith("Falls es ein Konto für vergesslich@example.com gibt, haben wir")
                .contains("innerhalb von 1 Stunde");
        for (int i = 1; i < 3; i++) {
            ask("vergesslich@example.com");
        }
        navigate("forgot-password");
        var refused = _get(ForgotPasswordView.class);
        _setValue(refused.email, "vergesslich@example.com");
        _click(refused.send);
        assertThat(refused.email.isInvalid()).isTrue();
        assertThat(refused.email.getErrorMessage())
                .matches("Zu viele Anfragen nach einem Link zum Setzen eines neuen Passworts\\. Versuchen Sie es in"
                        + " \\d+ Minuten? erneut\\.");
        assertThat(refused.answer.isAttached()).isFalse();
    }
}
