package io.lyceum.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.lyceum.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.WebAttributes;

/**
 * The lockout is decided while the login form's request is authenticated, where nobody's language
 * is known; the login page says it in its own language, the wait in minutes with its plural.
 */
class LoginLockoutLanguageTest extends KaribuTest {

    @Autowired
    AuthenticationProvider authentication;

    /** Wrong passwords until the account is locked for this address; the refusal as the form's request ends. */
    private LockedException lockedOut() {
        // LoginThrottle allows five failures per account and address in 15 minutes: one more in 3.
        for (int i = 0; i < 5; i++) {
            String guess = "guess-" + i;
            catchThrowableOfType(
                    BadCredentialsException.class,
                    () -> authentication.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("owner@example.com", guess)));
        }
        return catchThrowableOfType(
                LockedException.class,
                () -> authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("owner@example.com", "guess-6")));
    }

    private String shownAfter(LockedException refusal) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
        navigate("login?error");
        return _get(LoginView.class).errorMessage();
    }

    @Test
    void a_german_login_page_says_the_lockout_in_german_with_the_minutes_in_the_plural() {
        openOn(organizations.create("sperre"));
        LockedException refusal = lockedOut();
        assertThat(refusal.getMessage())
                .as("in the log, where nobody reads a language")
                .isEqualTo("Too many failed sign-in attempts. Try again in 3 minutes.");

        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(shownAfter(refusal))
                .isEqualTo("Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in 3 Minuten erneut.");
    }

    @Test
    void an_english_login_page_says_it_in_english() {
        openOn(organizations.create("lockedout"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(shownAfter(lockedOut())).isEqualTo("Too many failed sign-in attempts. Try again in 3 minutes.");
    }
}
