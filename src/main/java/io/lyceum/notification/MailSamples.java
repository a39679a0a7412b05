package io.lyceum.notification;

import io.lyceum.base.i18n.Translations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Made-up values for each kind of message, as the composers would fill them, for the admins'
 * preview (and the templates' tests, which put hostile names into them).
 */
@Component
class MailSamples {

    private final Translations translations;
    private final Clock clock;

    MailSamples(Translations translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    /** The people, course and assignment a sample message is about. */
    record Cast(String learner, String inviter, String course, String assignment) {}

    Cast cast(Mails.Recipient reader) {
        return new Cast(
                word("mail.sample.learner", reader),
                word("mail.sample.inviter", reader),
                word("mail.sample.course", reader),
                word("mail.sample.assignment", reader));
    }

    Map<String, Object> values(MailKind kind, Cast cast, Mails.Recipient to, MailBranding brand) {
        var moments = Mails.moments(to);
        Instant now = clock.instant();
        var values = new HashMap<String, Object>();
        switch (kind) {
            case INVITATION -> {
                values.put("inviter", cast.inviter());
                values.put("link", brand.url("invite/sample-invitation-token"));
                values.put("expiresOn", moments.date(now.plus(Duration.ofDays(7))));
            }
            case PASSWORD_RESET -> values.put("link", brand.url("reset/sample-reset-token"));
            case WELCOME -> values.put("link", brand.homeUrl());
            case ENROLLMENT_CONFIRMED -> {
                values.put("course", cast.course());
                values.put("link", brand.url(MailLinks.course(1)));
            }
            case COURSE_REMINDER -> {
                values.put("course", cast.course());
                values.put("progress", 45);
                values.put("days", 8L);
                values.put("link", brand.url(MailLinks.course(1)));
            }
            case COURSE_COMPLETED -> {
                values.put("course", cast.course());
                values.put("number", "ACME-2026-000042");
                values.put("link", brand.url("certificates/42/ACME-2026-000042.pdf"));
                values.put("verifyLink", brand.url(MailLinks.verify("k3x9m2p7q4w8")));
            }
            case CERTIFICATE_EXPIRING -> {
                values.put("course", cast.course());
                values.put("number", "ACME-2025-000042");
                values.put(
                        "expiresOn", moments.date(now.plus(Duration.ofDays(21)).truncatedTo(ChronoUnit.DAYS)));
                values.put("link", brand.url(MailLinks.course(1)));
            }
            case PAYMENT_FAILED -> {
                values.put("plan", word("mail.sample.plan", to));
                values.put("graceEnds", moments.date(now.plus(Duration.ofDays(14))));
                values.put("link", brand.url(MailLinks.billing()));
            }
            case REQUIRED_TRAINING_DUE -> {
                values.put("course", cast.course());
                values.put("dueOn", moments.date(now.plus(Duration.ofDays(7))));
                values.put("days", 7L);
                values.put("link", brand.url(MailLinks.course(1)));
            }
            case REQUIRED_TRAINING_OVERDUE -> {
                values.put("course", cast.course());
                values.put("dueOn", moments.date(now.minus(Duration.ofDays(8))));
                values.put("days", 8L);
                values.put("link", brand.url(MailLinks.course(1)));
            }
            case SUBMISSION_TO_GRADE -> {
                values.put("assignment", cast.assignment());
                values.put("learner", cast.learner());
                values.put("course", cast.course());
                values.put("version", 2);
                values.put("timing", "late");
                values.put("link", brand.url(MailLinks.grading(1, 2)));
            }
            case GRADE_RELEASED -> {
                values.put("assignment", cast.assignment());
                values.put("course", cast.course());
                values.put("link", brand.url(MailLinks.module(1, 2)));
            }
            case PLAN_CHANGED -> {
                values.put("plan", word("mail.sample.plan", to));
                values.put("link", brand.url(MailLinks.billing()));
            }
        }
        return values;
    }

    private String word(String key, Mails.Recipient reader) {
        return translations.getTranslation(key, reader.locale());
    }
}
