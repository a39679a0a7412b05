package io.lyceum.platform;

/** Something a plan limits. */
public enum PlanAction {
    CREATE_COURSE("courses"),
    ENROLL_STUDENT("students"),
    ADD_INSTRUCTOR("instructors");

    private final String noun;

    PlanAction(String noun) {
        this.noun = noun;
    }

    String noun() {
        return noun;
    }
}
