package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.lyceum.identity.LoginThrottle.Refusal;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sign-in refusal counts its wait in whole minutes, rounded up, singular for one, in the reader's words. */
class LoginRefusalWordsTest {

    @AfterEach
    void noScreen() {
        UI.setCurrent(null);
    }

    private static String read(Refusal.Kind kind, Duration wait, Locale locale) {
        var ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
        return new SignInLockedException(new Refusal(kind, wait)).getMessage();
    }

    @Test
    void one_minute_is_singular_and_more_are_plural_in_english_and_german() {
        assertThat(read(Refusal.Kind.ACCOUNT_FROM_ADDRESS, Duration.ofSeconds(20), Locale.ENGLISH))
                .isEqualTo("Too many failed sign-in attempts. Try again in 1 minute.");
        assertThat(read(Refusal.Kind.ACCOUNT_FROM_ADDRESS, Duration.ofSeconds(20), Locale.GERMAN))
                .isEqualTo("Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in 1 Minute erneut.");
        assertThat(read(Refusal.Kind.ADDRESS, Duration.ofSeconds(61), Locale.GERMAN))
                .isEqualTo("Zu viele fehlgeschlagene Anmeldeversuche aus Ihrem Netzwerk. "
                        + "Versuchen Sie es in 2 Minuten erneut.");
        assertThat(read(Refusal.Kind.ACCOUNT, Duration.ofMinutes(42), Locale.GERMAN))
                .startsWith("Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto. "
                        + "Versuchen Sie es in 42 Minuten erneut, oder bitten Sie");
    }

    @Test
    void nobody_at_a_screen_reads_english() {
        assertThat(new SignInLockedException(new Refusal(Refusal.Kind.ACCOUNT, Duration.ofSeconds(60))).getMessage())
                .isEqualTo("Too many failed sign-in attempts for this account. Try again in 1 minute, "
                        + "or ask your administrator for a link to set a new password.");
    }
}
