package io.lyceum.base.validation;

import com.vaadin.flow.component.UI;
import io.lyceum.base.i18n.Translations;
import java.util.Locale;

/**
 * The language a refusal is written in: the reader's (the UI's locale) while a person is at the
 * screen, English otherwise (background work, tests) — never the server's default locale.
 */
final class ReaderLocale {

    private ReaderLocale() {}

    static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? Translations.LOCALES.getFirst() : Translations.supported(ui.getLocale());
    }
}
