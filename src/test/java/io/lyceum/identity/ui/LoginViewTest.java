package io.lyceum.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.lyceum.KaribuTest;
import io.lyceum.tenancy.Tenant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void shows_the_organizations_name_on_its_host() {
        Tenant org = organizations.create("named");
        openOn(org);
        navigate("login");
        assertThat(_get(LoginView.class).title.getText()).isEqualTo(org.name());
        assertThat(_get(LoginView.class).form.isError()).isFalse();
    }

    @Test
    void shows_the_staff_console_title_on_the_base_domain() {
        openOn(null);
        navigate("login");
        assertThat(_get(LoginView.class).title.getText()).isEqualTo("Lyceum staff console");
    }

    @Test
    void a_failed_sign_in_shows_why() {
        openOn(organizations.create("failed"));
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("bad"));
        navigate("login?error");
        var form = _get(LoginView.class).form;
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).errorMessage()).isEqualTo("Incorrect email or password.");
    }

    @Test
    void a_throttled_sign_in_says_to_wait() {
        openOn(organizations.create("locked"));
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new LockedException("Too many failed sign-in attempts. Wait 15 minutes and try again."));
        navigate("login?error");
        assertThat(_get(LoginView.class).errorMessage()).startsWith("Too many failed sign-in attempts");
    }

    @Test
    void a_deactivated_member_is_told_so_in_their_language() {
        openOn(organizations.create("deactivated"));
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new DisabledException("Account deactivated"));
        navigate("login?error");
        assertThat(_get(LoginView.class).errorMessage())
                .isEqualTo("Your account has been deactivated. Ask an administrator of your organization if you need"
                        + " access again.");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("login?error");
        assertThat(_get(LoginView.class).errorMessage()).startsWith("Ihr Konto wurde deaktiviert.");
    }
}
