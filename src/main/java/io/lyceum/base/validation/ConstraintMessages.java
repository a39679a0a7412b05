package io.lyceum.base.validation;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message of {@code ValidationMessages.properties} by its key, for the refusals that code makes
 * beyond the constraints (a rule that needs stored data) and for a component's own checks, so that
 * every validation message has one home.
 */
public final class ConstraintMessages {

    private static final String BUNDLE = "ValidationMessages";

    private ConstraintMessages() {}

    public static String get(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
    }
}
