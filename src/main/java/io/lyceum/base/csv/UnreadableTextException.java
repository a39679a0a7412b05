package io.lyceum.base.csv;

import io.lyceum.base.validation.ConstraintMessages;

/**
 * An uploaded file is not text that can be read; the message says what it is and what to do. Files
 * are read on the upload's own request, outside the screen's: the message is worded when read (in
 * {@code ui.access}, in the language of the screen that shows it; English in a log).
 */
public class UnreadableTextException extends RuntimeException {

    private final String key;
    private final Object[] arguments;

    /** {@code key} in {@code ValidationMessages}, with the message's arguments. */
    UnreadableTextException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    @Override
    public String getMessage() {
        return arguments.length == 0 ? ConstraintMessages.get(key) : ConstraintMessages.get(key, arguments);
    }
}
