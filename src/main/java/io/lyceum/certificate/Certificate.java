package io.lyceum.certificate;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An issued certificate: what it states is copied at issue and its PDF kept as issued. Only its
 * revocation changes afterwards.
 */
@Entity
@Table(name = "certificate")
class Certificate extends AbstractEntity {

    static final int REASON_MAX_LENGTH = 300;

    @Column(name = "enrollment_id", nullable = false)
    private long enrollmentId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "verification_code", nullable = false)
    private String verificationCode;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @Column(name = "instructor_name")
    private @Nullable String instructorName;

    @Column(name = "hours")
    private @Nullable BigDecimal hours;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "expires_on")
    private @Nullable LocalDate expiresOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_reason")
    private @Nullable String revokedReason;

    @Column(name = "reissue_of")
    private @Nullable Long reissueOf;

    protected Certificate() {
        this.completedAt = Instant.EPOCH;
        this.number = "";
        this.verificationCode = "";
        this.holderName = "";
        this.courseTitle = "";
        this.completedOn = LocalDate.EPOCH;
        this.issuedAt = Instant.EPOCH;
    }

    Certificate(Issue issue, CertificateDocument document, String verificationCode, Instant now) {
        this.enrollmentId = issue.enrollmentId();
        this.userId = issue.userId();
        this.courseId = issue.courseId();
        this.completedAt = issue.completedAt();
        this.reissueOf = issue.reissueOf();
        this.number = document.certificateNumber();
        this.verificationCode = verificationCode;
        this.holderName = document.holderName();
        this.courseTitle = document.courseTitle();
        this.instructorName = document.instructorName();
        this.hours = document.hours();
        this.completedOn = document.completionDate();
        this.expiresOn = document.expiryDate();
        this.issuedAt = now;
    }

    /** Which completion a certificate is issued for, and the certificate it replaces, if any. */
    record Issue(
            long enrollmentId,
            long userId,
            long courseId,
            Instant completedAt,
            @Nullable Long reissueOf) {}

    CertificateSummary summary(LocalDate today) {
        CertificateStatus status = revokedAt != null
                ? CertificateStatus.REVOKED
                : expiresOn != null && expiresOn.isBefore(today) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
        return new CertificateSummary(
                id(),
                number,
                verificationCode,
                userId,
                holderName,
                courseId,
                courseTitle,
                completedOn,
                expiresOn,
                issuedAt,
                status,
                revokedReason,
                reissueOf);
    }

    void revoke(String reason, Instant now) {
        this.revokedAt = now;
        this.revokedReason = reason;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    Issue issue() {
        return new Issue(enrollmentId, userId, courseId, completedAt, id());
    }

    long userId() {
        return userId;
    }

    String verificationCode() {
        return verificationCode;
    }

    String number() {
        return number;
    }
}
