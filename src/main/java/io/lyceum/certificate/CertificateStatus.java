package io.lyceum.certificate;

/** What verification says of a certificate. */
public enum CertificateStatus {
    VALID,
    REVOKED,
    EXPIRED
}
