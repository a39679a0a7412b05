package io.lyceum.notification;

import io.lyceum.certificate.CertificateIssued;
import io.lyceum.certificate.CertificateNotices;
import io.lyceum.course.CourseCatalog;
import io.lyceum.identity.Members;
import io.lyceum.learning.EnrollmentCreated;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail about a learner's courses: the enrollment confirmation and the certificate on completion.
 * Synchronous listeners, queued in the transaction that enrolled or issued (a CSV import's rows, a
 * certificate issued by the certificates' own worker), so the mail exists exactly when the change does.
 */
@Component
class LearningMail {

    private final Mails mails;
    private final Members members;
    private final CourseCatalog catalog;
    private final CertificateNotices certificates;

    LearningMail(Mails mails, Members members, CourseCatalog catalog, CertificateNotices certificates) {
        this.mails = mails;
        this.members = members;
        this.catalog = catalog;
        this.certificates = certificates;
    }

    @EventListener
    void on(EnrollmentCreated enrolled) {
        var course = catalog.certificateFacts(enrolled.courseId()).orElse(null);
        var member = members.active(enrolled.userId()).orElse(null);
        if (course == null || member == null) {
            return; // a disabled account gets no mail; the course exists, or enrolling had failed
        }
        var to = mails.member(member.id(), member.email(), member.displayName());
        var brand = mails.branding();
        mails.queue(
                MailKind.ENROLLMENT_CONFIRMED,
                to,
                Map.of("course", course.title(), "link", brand.url(MailLinks.course(course.courseId()))));
    }

    @EventListener
    void on(CertificateIssued issued) {
        var certificate = certificates.find(issued.certificateId()).orElse(null);
        var member = members.active(issued.userId()).orElse(null);
        // A reissue (a corrected name, a new design) replaces a certificate the holder already has.
        if (certificate == null || certificate.reissueOf() != null || member == null) {
            return;
        }
        var to = mails.member(member.id(), member.email(), member.displayName());
        var brand = mails.branding();
        mails.queue(
                MailKind.COURSE_COMPLETED,
                to,
                Map.of(
                        "course", certificate.courseTitle(),
                        "number", certificate.number(),
                        "link", brand.url(certificate.pdfPath()),
                        // On the organization's host, which sends it on to the base domain's public page.
                        "verifyLink", brand.url(MailLinks.verify(certificate.verificationCode()))));
    }
}
