package io.lyceum.base.csv;

/** An uploaded file is not text that can be read; the message says what it is and what to do. */
public class UnreadableTextException extends RuntimeException {

    UnreadableTextException(String message) {
        super(message);
    }
}
