package io.lyceum.base.csv;

import io.lyceum.base.validation.ConstraintMessages;

/**
 * An uploaded file is not text that can be read; the message says what it is and what to do. Files
 * are read on the upload's own request, outside the screen's: the message is worded when read (in
 * {@code ui.access}, in the language of the screen that shows it; English in a log).
 */
public class UnreadableTextException extends RuntimeException {

    private final String key;

    /** {@code key} in {@code ValidationMessages}. */
    UnreadableTextException(String key) {
        super(key);
        this.key = key;
    }

    @Override
    public String getMessage() {
        return ConstraintMessages.get(key);
    }
}
