package io.lyceum.notification;

/** A sender domain refused, in the reader's language: for the domain field, or above the page. */
public class InvalidSenderDomainException extends RuntimeException {

    InvalidSenderDomainException(String message) {
        super(message);
    }
}
