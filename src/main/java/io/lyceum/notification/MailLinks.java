package io.lyceum.notification;

/** Paths of the pages mail links to, relative to the organization's address. */
final class MailLinks {

    private MailLinks() {}

    /** The course's page (learning/ui/CoursePageView): start, continue or retake. */
    static String course(long courseId) {
        return "learn/courses/" + courseId;
    }

    /** A module in the course player (learning/ui/PlayerView): for an assignment, its grade and feedback. */
    static String module(long courseId, long moduleId) {
        return "learn/courses/" + courseId + "/play/" + moduleId;
    }

    /** The instructors' grading view of an assignment (grading/ui). */
    static String grading(long courseId, long moduleId) {
        return "teach/courses/" + courseId + "/grading/" + moduleId;
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
