package io.lyceum.notification;

import io.lyceum.certificate.CertificateNotices;
import io.lyceum.certificate.CertificateService;
import io.lyceum.certificate.CertificateSummary;
import io.lyceum.compliance.PersonStatus;
import io.lyceum.compliance.TrainingReminders;
import io.lyceum.compliance.TrainingStatus;
import io.lyceum.course.CourseCatalog;
import io.lyceum.identity.Members;
import io.lyceum.learning.IdleEnrollments;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders, for every active organization: learners who went quiet in a course they
 * started ({@code lyceum.mail.reminder-after}, default 7 days without a step) and holders of
 * certificates that expire within {@value CertificateService#EXPIRING_WITHIN_DAYS} days, and people whose
 * required training is due ({@code lyceum.mail.required-before}, default 7 and 1 days before) or overdue
 * (every {@code lyceum.mail.required-overdue-every} days, default 7, at most
 * {@code lyceum.mail.required-overdue-times}, default 3). Each is sent
 * once per period ({@code notification_reminder}); one node sweeps an organization at a time (a
 * PostgreSQL advisory lock held by the sweep's transaction).
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** The first key of the reminder sweep's lock, the organization's id the second. */
    static final int LOCK_SPACE = 0x4d41494c; // "MAIL"

    private static final int PAGE = 200;

    private final TenantDirectory directory;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final IdleEnrollments idle;
    private final CertificateNotices certificates;
    private final CourseCatalog catalog;
    private final Members members;
    private final Mails mails;
    private final Clock clock;
    private final Duration reminderAfter;
    private final TrainingReminders required;
    private final List<Integer> requiredBefore;
    private final int overdueEvery;
    private final int overdueTimes;

    Reminders(
            TenantDirectory directory,
            PlatformTransactionManager transactions,
            EntityManager entityManager,
            IdleEnrollments idle,
            CertificateNotices certificates,
            CourseCatalog catalog,
            Members members,
            Mails mails,
            Clock clock,
            @Value("${lyceum.mail.reminder-after:P7D}") Duration reminderAfter,
            TrainingReminders required,
            @Value("${lyceum.mail.required-before:7,1}") List<Integer> requiredBefore,
            @Value("${lyceum.mail.required-overdue-every:7}") int overdueEvery,
            @Value("${lyceum.mail.required-overdue-times:3}") int overdueTimes) {
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
        this.entityManager = entityManager;
        this.idle = idle;
        this.certificates = certificates;
        this.catalog = catalog;
        this.members = members;
        this.mails = mails;
        this.clock = clock;
        this.reminderAfter = reminderAfter;
        this.required = required;
        this.requiredBefore = requiredBefore.stream().sorted().toList();
        this.overdueEvery = Math.max(1, overdueEvery);
        this.overdueTimes = overdueTimes;
    }

    @Scheduled(cron = "${lyceum.mail.reminder-cron:0 0 7 * * *}")
    void daily() {
        for (Tenant tenant : directory.active()) {
            try {
                sweep(tenant);
            } catch (RuntimeException e) {
                // One organization's trouble must not keep the others' reminders.
                log.error("Reminders of {} failed", tenant.slug(), e);
            }
        }
    }

    /** What one sweep of an organization queued. */
    record Sweep(boolean ran, int courseReminders, int expiryNotices, int requiredReminders) {}

    /** Sweeps one organization: bound first, then its transaction opened (the guard of TenantContext). */
    Sweep sweep(Tenant tenant) {
        return TenantContext.callAs(
                tenant,
                () -> transaction.execute(status -> {
                    if (!lock(tenant)) {
                        return new Sweep(false, 0, 0, 0);
                    }
                    return new Sweep(true, remindIdle(), noticeExpiring(), remindRequired());
                }));
    }

    private boolean lock(Tenant tenant) {
        Object locked = entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(:space, :organization)")
                .setParameter("space", LOCK_SPACE)
                .setParameter("organization", (int) tenant.id())
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private int remindIdle() {
        Instant now = clock.instant();
        var brand = mails.branding();
        int sent = 0;
        long after = 0;
        for (var page = idle.since(now.minus(reminderAfter), after, PAGE);
                !page.isEmpty();
                page = idle.since(now.minus(reminderAfter), after, PAGE)) {
            for (var enrollment : page) {
                after = enrollment.enrollmentId();
                var course = catalog.course(enrollment.courseId()).orElse(null);
                var member = members.active(enrollment.userId()).orElse(null);
                if (course == null
                        || member == null
                        || !firstTime(
                                MailKind.COURSE_REMINDER,
                                enrollment.enrollmentId(),
                                enrollment.lastActivity().toString(),
                                now)) {
                    continue;
                }
                var to = mails.member(member.id(), member.email(), member.displayName());
                long days = Duration.between(enrollment.lastActivity(), now).toDays();
                mails.outbox(
                        MailKind.COURSE_REMINDER,
                        to,
                        brand,
                        Map.of(
                                "course", course.title(),
                                "progress", enrollment.progressPercent(),
                                "days", days,
                                "link", brand.url(MailLinks.course(course.id()))));
                sent++;
            }
        }
        return sent;
    }

    private int noticeExpiring() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TenantContext.require().timeZone());
        LocalDate until = today.plusDays(CertificateService.EXPIRING_WITHIN_DAYS);
        var brand = mails.branding();
        int sent = 0;
        var pageable = PageRequest.of(0, PAGE, Sort.by("id"));
        for (var page = certificates.expiring(today, until, pageable);
                ;
                page = certificates.expiring(today, until, pageable)) {
            for (CertificateSummary certificate : page) {
                var member = members.active(certificate.userId()).orElse(null);
                if (member == null
                        || certificate.expiresOn() == null
                        || !firstTime(
                                MailKind.CERTIFICATE_EXPIRING,
                                certificate.id(),
                                certificate.expiresOn().toString(),
                                now)) {
                    continue;
                }
                var to = mails.member(member.id(), member.email(), member.displayName());
                mails.outbox(
                        MailKind.CERTIFICATE_EXPIRING,
                        to,
                        brand,
                        Map.of(
                                "course", certificate.courseTitle(),
                                "number", certificate.number(),
                                "expiresOn", Mails.moments(to).date(certificate.expiresOn()),
                                "link", brand.url(MailLinks.course(certificate.courseId()))));
                sent++;
            }
            if (!page.hasNext()) {
                return sent;
            }
            pageable = pageable.next();
        }
    }

    /**
     * Required training: before the due date once per threshold reached (7 days, 1 day), after it once
     * per stretch of {@code overdueEvery} days, at most {@code overdueTimes}. The period names the
     * assignment and the due date, so a new due date (recurrence, a changed requirement) starts over.
     */
    private int remindRequired() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TenantContext.require().timeZone());
        int horizon = requiredBefore.isEmpty() ? 0 : requiredBefore.getLast();
        var brand = mails.branding();
        int sent = 0;
        for (PersonStatus due : required.due(today, horizon, now)) {
            if (due.dueOn() == null) {
                continue;
            }
            MailKind kind;
            String step;
            if (due.status() == TrainingStatus.OVERDUE) {
                long round = (due.days() - 1) / overdueEvery;
                if (round >= overdueTimes) {
                    continue;
                }
                kind = MailKind.REQUIRED_TRAINING_OVERDUE;
                step = "o" + round;
            } else {
                var threshold = requiredBefore.stream()
                        .filter(days -> days >= due.days())
                        .findFirst();
                if (threshold.isEmpty()) {
                    continue;
                }
                kind = MailKind.REQUIRED_TRAINING_DUE;
                step = "d" + threshold.get();
            }
            var member = members.active(due.userId()).orElse(null);
            if (member == null
                    || !firstTime(kind, due.userId(), "t" + due.trainingId() + ":" + due.dueOn() + ":" + step, now)) {
                continue;
            }
            var to = mails.member(member.id(), member.email(), member.displayName());
            mails.outbox(
                    kind,
                    to,
                    brand,
                    Map.of(
                            "course", due.courseTitle(),
                            "dueOn", Mails.moments(to).date(due.dueOn()),
                            "days", due.days(),
                            "link", brand.url(MailLinks.course(due.courseId()))));
            sent++;
        }
        return sent;
    }

    /** Records the reminder; false if this one was already sent for this period. */
    private boolean firstTime(MailKind kind, long subject, String period, Instant now) {
        return entityManager
                        .createNativeQuery("""
                            insert into notification_reminder (kind, subject_id, period, sent_at)
                            values (:kind, :subject, :period, :now) on conflict do nothing\
                            """)
                        .setParameter("kind", kind.name())
                        .setParameter("subject", subject)
                        .setParameter("period", period)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }
}
