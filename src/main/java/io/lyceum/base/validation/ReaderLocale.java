package io.lyceum.base.validation;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;

/**
 * The language a refusal is written in: the reader's (the UI's locale) while a person is at the
 * screen, English otherwise (background work, tests) — never the server's default locale.
 */
final class ReaderLocale {

    private static final List<String> SPOKEN = List.of("en", "de");

    private ReaderLocale() {}

    static Locale current() {
        UI ui = UI.getCurrent();
        if (ui != null && SPOKEN.contains(ui.getLocale().getLanguage())) {
            return Locale.of(ui.getLocale().getLanguage());
        }
        return Locale.ENGLISH;
    }
}
