package io.lyceum.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every string a person reads, from {@code i18n/messages*.properties}, formatted with ICU's message
 * syntax: CLDR plurals ({@code {0, plural, one {# member} other {# members}}}), numbers and dates
 * in the reader's locale. Vaadin asks it through {@code Component.getTranslation} and picks a UI's
 * locale among {@link #LOCALES} from the browser's languages.
 */
@Component
public class Translations implements I18NProvider {

    /** The languages Lyceum speaks; the first is the fallback for any other. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    // No fallback to the JVM's default locale: an English reader on a German server reads English.
    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return find(key, locale, params).orElseGet(() -> {
            log.warn("No message {} for {}", key, supported(locale));
            return "!" + key + "!";
        });
    }

    /** The message, when the bundles have one: for words a module supplies a default of (nav labels). */
    public Optional<String> find(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, NO_DEFAULT_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
        // A MessageFormat keeps state while formatting: one per call (parsing is cheap).
        return Optional.of(new MessageFormat(pattern, ULocale.forLocale(language)).format(params));
    }

    /** The supported locale that serves {@code locale}: its language, or the fallback. */
    public static Locale supported(Locale locale) {
        return LOCALES.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(LOCALES.getFirst());
    }
}
