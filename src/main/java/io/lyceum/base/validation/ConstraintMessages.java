package io.lyceum.base.validation;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message of {@code ValidationMessages.properties} by its key, for the refusals that code makes
 * beyond the constraints (a rule that needs stored data) and for a component's own checks, so that
 * every validation message has one home.
 */
public final class ConstraintMessages {

    private static final String BUNDLE = "ValidationMessages";
    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ConstraintMessages() {}

    /** In the reader's language (English when nobody is at a screen), never the server's locale. */
    public static String get(String key) {
        return ResourceBundle.getBundle(BUNDLE, ReaderLocale.current(), NO_DEFAULT_FALLBACK)
                .getString(key);
    }

    /**
     * With arguments, in ICU message syntax ({@code {0}}, {@code {0, plural, one {# day} other {#
     * days}}}): for refusals that code words with a number or a name.
     */
    public static String get(String key, Object... arguments) {
        Locale locale = ReaderLocale.current();
        return new MessageFormat(get(key), ULocale.forLocale(locale)).format(arguments);
    }

    /** The language refusals are written in here and now: to carry to background work started here. */
    public static Locale language() {
        return ReaderLocale.current();
    }

    /** Runs background work a person started, its refusals written in their {@code language}. */
    public static void runIn(Locale language, Runnable work) {
        ReaderLocale.runIn(language, work);
    }
}
