package io.lyceum.notification;

/**
 * What a message is about. Essential mail (a person cannot sign in without it, or their organization
 * pays through it) always goes; the rest respects the recipient's preferences and carries a one-click
 * unsubscribe link.
 */
enum MailKind {
    INVITATION(true),
    PASSWORD_RESET(true),
    WELCOME(false),
    ENROLLMENT_CONFIRMED(false),
    COURSE_REMINDER(false),
    COURSE_COMPLETED(false),
    CERTIFICATE_EXPIRING(false),
    PAYMENT_FAILED(true),
    PLAN_CHANGED(true),
    REQUIRED_TRAINING_DUE(false),
    REQUIRED_TRAINING_OVERDUE(false),
    SUBMISSION_TO_GRADE(false, true),
    GRADE_RELEASED(false);

    private final boolean essential;
    private final boolean forTeachers;

    MailKind(boolean essential) {
        this(essential, false);
    }

    MailKind(boolean essential, boolean forTeachers) {
        this.essential = essential;
        this.forTeachers = forTeachers;
    }

    boolean essential() {
        return essential;
    }

    /** Mail only instructors and admins get: only they are offered the choice of it. */
    boolean forTeachers() {
        return forTeachers;
    }
}
