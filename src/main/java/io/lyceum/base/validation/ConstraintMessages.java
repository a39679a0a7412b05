package io.lyceum.base.validation;

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
}
