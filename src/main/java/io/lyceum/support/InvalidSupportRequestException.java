package io.lyceum.support;

/** A support session that cannot start as asked; the message key says why, for the person. */
public class InvalidSupportRequestException extends RuntimeException {

    private final String messageKey;

    InvalidSupportRequestException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
