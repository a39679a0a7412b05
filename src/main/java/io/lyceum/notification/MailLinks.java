package io.lyceum.notification;

/** Paths of the pages mail links to, relative to the organization's address. */
final class MailLinks {

    private MailLinks() {}

    /** The course's page (learning/ui/CoursePageView): start, continue or retake. */
    static String course(long courseId) {
        return "learn/courses/" + courseId;
    }

    /** The public verification page (certificate/CertificateController). */
    static String verify(String code) {
        return "verify/" + code;
    }

    /** The admins' billing page (billing/ui/BillingView). */
    static String billing() {
        return "admin/billing";
    }
}
