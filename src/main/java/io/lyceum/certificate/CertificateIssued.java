package io.lyceum.certificate;

/** {@code certificate.issued}: a certificate was issued (or reissued) to a learner. */
public record CertificateIssued(String org, long certificateId, long userId, long courseId, String number) {}
