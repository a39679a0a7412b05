package io.lyceum.notification;

/**
 * A DNS record the organization creates for its sender domain.
 *
 * @param type {@code TXT} or {@code CNAME}
 * @param name the full host name the record is created at
 * @param value what the record holds (TXT) or points to (CNAME)
 */
public record SenderDomainRecord(Kind kind, String type, String name, String value) {

    public enum Kind {
        /** The public key receivers check signatures with. */
        DKIM,
        /** Allows Lyceum's servers to send for the domain. */
        SPF,
        /** Where bounces go: the envelope sender's host. */
        RETURN_PATH
    }
}
