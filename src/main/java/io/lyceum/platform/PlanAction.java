package io.lyceum.platform;

/**
 * Something a plan limits, counted in its unit: courses, students, instructors, bytes of files, emails
 * this month.
 */
public enum PlanAction {
    CREATE_COURSE("plan.limit.courses", 1),
    ENROLL_STUDENT("plan.limit.students", 1),
    ADD_INSTRUCTOR("plan.limit.instructors", 1),
    /** Plans state megabytes; meters count bytes. */
    STORE_FILES("plan.limit.storage", 1024 * 1024),
    /** Emails queued this calendar month (UTC); past the limit, non-essential mail is held, never refused. */
    SEND_EMAIL("plan.limit.emails", 1);

    private final String limitMessage;
    private final long unit;

    PlanAction(String limitMessage, long unit) {
        this.limitMessage = limitMessage;
        this.unit = unit;
    }

    /**
     * The key of the refusal at the limit in {@code ValidationMessages}: "Your {0} plan allows {1,
     * plural, one {# course} other {# courses}}…", with the plan's name and the limit.
     */
    String limitMessage() {
        return limitMessage;
    }

    /** How many of what a meter counts make one of what a plan states. */
    long unit() {
        return unit;
    }
}
