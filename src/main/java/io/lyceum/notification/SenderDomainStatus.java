package io.lyceum.notification;

/** Where an organization's own sender domain stands. */
public enum SenderDomainStatus {
    /** Added; its DNS records are not all found yet. Mail goes from Lyceum's shared address. */
    PENDING,
    /** Every record found as shown at the last check: mail goes from the domain, signed with DKIM. */
    VERIFIED
}
