package io.lyceum.platform;

/** Something a plan limits. */
public enum PlanAction {
    CREATE_COURSE("plan.limit.courses"),
    ENROLL_STUDENT("plan.limit.students"),
    ADD_INSTRUCTOR("plan.limit.instructors");

    private final String limitMessage;

    PlanAction(String limitMessage) {
        this.limitMessage = limitMessage;
    }

    /**
     * The key of the refusal at the limit in {@code ValidationMessages}: "Your {0} plan allows {1,
     * plural, one {# course} other {# courses}}…", with the plan's name and the limit.
     */
    String limitMessage() {
        return limitMessage;
    }
}
