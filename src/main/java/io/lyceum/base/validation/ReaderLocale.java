package io.lyceum.base.validation;

import com.vaadin.flow.component.UI;
import io.lyceum.base.i18n.Translations;
import java.util.Locale;

/**
 * The language a refusal is written in: the reader's (the UI's locale) while a person is at the
 * screen, the language carried to background work that a person started, English otherwise (tests,
 * scheduled work) — never the server's default locale.
 */
final class ReaderLocale {

    // Background work a person started writes in their language (set by ConstraintMessages.runIn).
    private static final ThreadLocal<Locale> CARRIED = new ThreadLocal<>();

    private ReaderLocale() {}

    static Locale current() {
        Locale carried = CARRIED.get();
        if (carried != null) {
            return carried;
        }
        UI ui = UI.getCurrent();
        return ui == null ? Translations.LOCALES.getFirst() : Translations.supported(ui.getLocale());
    }

    static void runIn(Locale language, Runnable work) {
        Locale outer = CARRIED.get();
        CARRIED.set(Translations.supported(language));
        try {
            work.run();
        } finally {
            if (outer == null) {
                CARRIED.remove();
            } else {
                CARRIED.set(outer);
            }
        }
    }
}
