package io.lyceum.notification;

import io.lyceum.course.CourseCatalog;
import io.lyceum.grading.GradeReleased;
import io.lyceum.grading.SubmissionCreated;
import io.lyceum.identity.Members;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserSummary;
import io.lyceum.tenancy.TenantContext;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mail about assignments: to the course's instructors when a learner hands in a version, to the
 * learner when their grade is released. Both run after commit, in a transaction of their own with the
 * organization carried over, so a mail problem never undoes a submission or a release. Neither names
 * what was handed in nor the points: mail gets forwarded, and the pages it links to show them to whom
 * may see them.
 */
@Component
class GradingMail {

    private final Mails mails;
    private final Members members;
    private final CourseCatalog catalog;

    GradingMail(Mails mails, Members members, CourseCatalog catalog) {
        this.mails = mails;
        this.members = members;
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    void on(SubmissionCreated handedIn) {
        TenantContext.require(handedIn.org());
        var module =
                catalog.moduleFacts(handedIn.courseId(), handedIn.moduleId()).orElse(null);
        String learner = members.displayNames(List.of(handedIn.userId())).get(handedIn.userId());
        if (module == null || learner == null) {
            return; // the module or the learner was deleted since: nothing left to grade
        }
        var brand = mails.branding();
        Map<String, Object> values = Map.of(
                "assignment", module.moduleTitle(),
                "course", module.courseTitle(),
                "learner", learner,
                "version", handedIn.versionNumber(),
                "timing", handedIn.late() ? "late" : "on-time",
                "link", brand.url(MailLinks.grading(module.courseId(), module.moduleId())));
        module.teachers().stream()
                .filter(teacher -> teacher != handedIn.userId())
                .sorted()
                .flatMap(teacher -> members.active(teacher).stream())
                .filter(GradingMail::teaches)
                .forEach(teacher -> mails.outbox(
                        MailKind.SUBMISSION_TO_GRADE,
                        mails.member(teacher.id(), teacher.email(), teacher.displayName()),
                        brand,
                        values));
    }

    @ApplicationModuleListener
    void on(GradeReleased released) {
        TenantContext.require(released.org());
        var module =
                catalog.moduleFacts(released.courseId(), released.moduleId()).orElse(null);
        var learner = members.active(released.userId()).orElse(null);
        if (module == null || learner == null) {
            return; // a disabled account gets no mail
        }
        var brand = mails.branding();
        mails.outbox(
                MailKind.GRADE_RELEASED,
                mails.member(learner.id(), learner.email(), learner.displayName()),
                brand,
                Map.of(
                        "assignment", module.moduleTitle(),
                        "course", module.courseTitle(),
                        "link", brand.url(MailLinks.module(module.courseId(), module.moduleId()))));
    }

    // A co-instructor whose instructor role was taken away no longer reaches the grading view.
    private static boolean teaches(UserSummary member) {
        return member.roles().contains(Role.INSTRUCTOR) || member.roles().contains(Role.ADMIN);
    }
}
