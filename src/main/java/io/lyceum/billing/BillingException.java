package io.lyceum.billing;

/** Stripe could not do what an admin asked; the message says so in the admin's language. */
public class BillingException extends RuntimeException {

    BillingException(String message, Throwable cause) {
        super(message, cause);
    }

    BillingException(String message) {
        super(message);
    }
}
