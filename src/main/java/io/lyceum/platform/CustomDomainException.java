package io.lyceum.platform;

/** A custom domain that cannot be added or checked as asked; the message is for the admin's field. */
public class CustomDomainException extends RuntimeException {

    CustomDomainException(String message) {
        super(message);
    }
}
